package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeanCopiesTest {

    static final Map<String, String> LABELS = Map.of(TenantLabels.TENANT, "rhone-colleges", TenantLabels.SERVICE, "sso",
            "app.kubernetes.io/name", "sso", "pod-template-hash", "5d8f7");

    static Pod crashingPod() {
        return new PodBuilder()
                .withNewMetadata().withName("sso-5d8f7-x2b9q").withNamespace("ent-rhone").withResourceVersion("812")
                .withLabels(LABELS).addToAnnotations("kubectl.kubernetes.io/restartedAt", "2026-11-29T08:00:00Z")
                .addNewManagedField().withManager("kubelet").endManagedField().endMetadata()
                .withNewSpec().withNodeName("node-1").addNewContainer().withName("sso").withImage("ent/sso:1")
                .addNewEnv().withName("JAVA_OPTS").withValue("-Xmx1g").endEnv().endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.42.0.7").withHostIP("192.168.1.4")
                .addNewCondition().withType("Ready").withStatus("False").withMessage("containers not ready").endCondition()
                .addNewContainerStatus().withName("sso").withReady(false).withRestartCount(7)
                .withImageID("sha256:" + "a".repeat(64)).withContainerID("containerd://" + "b".repeat(64))
                .withNewState().withNewWaiting().withReason("CrashLoopBackOff").withMessage("back-off 5m0s").endWaiting()
                .endState()
                .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt("2026-11-29T08:10:00Z").endTerminated().endLastState()
                .endContainerStatus().endStatus()
                .build();
    }

    @Test
    void a_lean_pod_keeps_its_name_vigie_labels_readiness_and_container_troubles_and_nothing_else() {
        Pod lean = LeanCopies.pod(crashingPod());

        assertThat(lean.getMetadata().getName()).isEqualTo("sso-5d8f7-x2b9q");
        assertThat(lean.getMetadata().getNamespace()).isEqualTo("ent-rhone");
        assertThat(lean.getMetadata().getResourceVersion()).isEqualTo("812");
        assertThat(lean.getMetadata().getLabels()).containsOnlyKeys(TenantLabels.TENANT, TenantLabels.SERVICE);
        assertThat(lean.getMetadata().getAnnotations()).isNull();
        assertThat(lean.getMetadata().getManagedFields()).isNullOrEmpty();
        assertThat(lean.getSpec()).isNull();
        assertThat(lean.getStatus().getPodIP()).isNull();
        assertThat(lean.getStatus().getPhase()).isEqualTo("Running");
        assertThat(lean.getStatus().getConditions().getFirst().getType()).isEqualTo("Ready");
        assertThat(lean.getStatus().getConditions().getFirst().getStatus()).isEqualTo("False");
        assertThat(lean.getStatus().getConditions().getFirst().getMessage()).isNull();
        var container = lean.getStatus().getContainerStatuses().getFirst();
        assertThat(container.getName()).isEqualTo("sso");
        assertThat(container.getReady()).isFalse();
        assertThat(container.getRestartCount()).isEqualTo(7);
        assertThat(container.getImageID()).isNull();
        assertThat(container.getState().getWaiting().getReason()).isEqualTo("CrashLoopBackOff");
        assertThat(container.getLastState().getTerminated().getReason()).isEqualTo("OOMKilled");
        assertThat(container.getLastState().getTerminated().getFinishedAt()).isEqualTo("2026-11-29T08:10:00Z");
        assertThat(lean.getAdditionalProperties()).isEmpty();
        assertThat(lean.getStatus().getAdditionalProperties()).isSameAs(lean.getMetadata().getAdditionalProperties());
    }

    @Test
    void a_lean_deployment_keeps_replicas_status_requests_and_the_drill_annotation() {
        Deployment full = new DeploymentBuilder()
                .withNewMetadata().withName("sso").withNamespace("ent-rhone").withGeneration(4L).withLabels(LABELS)
                .addToAnnotations(TrimmingItemStore.LAST_APPLIED, "{\"big\":\"json\"}")
                .addToAnnotations("demo.vigie.io/fault", "unavailable").endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().withMatchLabels(LABELS).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(LABELS).addToAnnotations("checksum", "x").endMetadata()
                .withNewSpec().addNewContainer().withName("sso").withImage("ent/sso:1")
                .withNewResources().addToRequests("cpu", new Quantity("500m")).endResources()
                .addNewEnv().withName("A").withValue("b").endEnv().endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(3).withReadyReplicas(2).withAvailableReplicas(2).withUpdatedReplicas(3)
                .withUnavailableReplicas(1).withObservedGeneration(4L).endStatus()
                .build();

        Deployment lean = LeanCopies.deployment(full);

        assertThat(lean.getMetadata().getAnnotations()).containsOnlyKeys("demo.vigie.io/fault");
        assertThat(lean.getMetadata().getGeneration()).isEqualTo(4L);
        assertThat(lean.getSpec().getReplicas()).isEqualTo(3);
        assertThat(lean.getSpec().getSelector()).isNull();
        assertThat(lean.getSpec().getTemplate().getMetadata().getLabels()).containsOnlyKeys(TenantLabels.TENANT,
                TenantLabels.SERVICE);
        var container = lean.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertThat(container.getResources().getRequests()).containsEntry("cpu", new Quantity("500m"));
        assertThat(container.getEnv()).isNullOrEmpty();
        assertThat(lean.getStatus().getReadyReplicas()).isEqualTo(2);
        assertThat(lean.getStatus().getAvailableReplicas()).isEqualTo(2);
        assertThat(lean.getStatus().getUnavailableReplicas()).isEqualTo(1);
        assertThat(lean.getStatus().getObservedGeneration()).isEqualTo(4L);
    }
}
