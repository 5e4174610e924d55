package org.vigie.scaling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.testing.DemoFleet;

@SpringBootTest
@WithUserDetails("operator")
class ScaleDialogIT extends SpringBrowserlessTest {

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    AuditLog audit;

    TenantState settled(String tenant) {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(tenant)
                .map(t -> t.services().stream().allMatch(s -> s.deployed() && s.ready() == s.desired()))
                .orElse(false));
        return fleet.current().tenant(tenant).orElseThrow();
    }

    ScaleDialog open(String tenant, String service) {
        UI.getCurrent().navigate("tenants/" + tenant);
        int row = fleet.current().tenant(tenant).orElseThrow().services().stream().map(s -> s.spec().name())
                .toList().indexOf(service);
        com.vaadin.flow.component.grid.Grid<?> grid = $(com.vaadin.flow.component.grid.Grid.class).id("tenant-services");
        test((Button) test(grid).getCellComponent(row, 6)).click();
        return $(ScaleDialog.class).single();
    }

    int desiredInCluster(TenantState tenant, String service) {
        return DemoFleet.desiredInCluster(clusters, tenant, service);
    }

    KubernetesClient client(TenantState tenant) {
        return clusters.client(tenant.tenant().cluster()).orElseThrow();
    }

    @Test
    void an_operator_scales_a_service_with_a_reason_and_it_reaches_the_cluster_and_the_audit_trail() {
        TenantState tenant = settled("rhone-colleges");
        int target = tenant.service("messaging").orElseThrow().desired() + 1;
        ScaleDialog dialog = open("rhone-colleges", "messaging");

        test(dialog.replicas).setValue(target);
        test(dialog.reason).setValue("Monday 07:45 login storm");
        test(dialog.incident).setValue("INC-2020-03-16");
        test(dialog.scale).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Fait : messaging de rhone-colleges passé de " + (target - 1) + " à " + target + " réplica(s)");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(desiredInCluster(tenant, "messaging")).isEqualTo(target);
        assertThat(audit.find(new AuditFilter("rhone-colleges", null, null, null)))
                .filteredOn(r -> "INC-2020-03-16".equals(r.incident()))
                .extracting(AuditRecord::outcome).containsExactly(Outcome.REQUESTED, Outcome.SUCCEEDED);
    }

    @Test
    void a_critical_service_goes_to_zero_only_when_its_name_is_typed() {
        TenantState tenant = settled("essonne-colleges");
        int before = tenant.service("sso").orElseThrow().desired();
        ScaleDialog dialog = open("essonne-colleges", "sso");

        test(dialog.replicas).setValue(0);
        test(dialog.reason).setValue("shed");
        assertThat(dialog.confirmation.isVisible()).isTrue();
        test(dialog.scale).click();

        assertThat(dialog.error.getText()).isEqualTo("Refusé — Confirmation requise : sso est critique : pour l'arrêter (0 réplica), recopiez son nom dans le champ de confirmation");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.scale.isEnabled()).isTrue();
        assertThat(desiredInCluster(tenant, "sso")).isEqualTo(before);
    }

    @Test
    void a_reason_too_long_is_refused_in_place_whole_and_nothing_is_scaled() {
        TenantState tenant = settled("essonne-colleges");
        int before = desiredInCluster(tenant, "portal");
        ScaleDialog dialog = open("essonne-colleges", "portal");
        String tooLong = "é".repeat(501);

        test(dialog.replicas).setValue(before + 1);
        test(dialog.reason).setValue(tooLong);
        test(dialog.scale).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo(
                "500 caractères au plus : vous en avez saisi 501. Rien n'a été coupé, raccourcissez le texte.");
        assertThat(dialog.reason.getValue()).isEqualTo(tooLong);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(desiredInCluster(tenant, "portal")).isEqualTo(before);
    }

    @Test
    void a_change_made_meanwhile_is_reported_with_the_fresh_value_not_overwritten() {
        TenantState tenant = settled("seine-et-marne-colleges");
        int seen = tenant.service("binder").orElseThrow().desired();
        ScaleDialog dialog = open("seine-et-marne-colleges", "binder");
        client(tenant).apps().deployments().inNamespace(tenant.tenant().namespace()).withName("binder").scale(seen + 2);

        test(dialog.replicas).setValue(seen + 1);
        test(dialog.reason).setValue("a bit more");
        test(dialog.scale).click();

        assertThat(dialog.error.getText()).isEqualTo("Refusé — Modifié entre-temps : binder est maintenant à " + (seen + 2) + " réplica(s), et non " + seen
                + " comme vous l'avez vu ; rien n'a été changé");
        assertThat(desiredInCluster(tenant, "binder")).isEqualTo(seen + 2);
    }

    @Test
    void an_autoscaled_service_shows_and_edits_its_hpa_bounds() {
        TenantState tenant = settled("val-d-oise-colleges");
        ScaleDialog dialog = open("val-d-oise-colleges", "portal");
        int max = tenant.service("portal").orElseThrow().spec().maxReplicas();

        assertThat(dialog.replicas.getLabel()).isEqualTo("Minimum de l'HPA");
        test(dialog.replicas).setValue(3);
        test(dialog.autoscalerMax).setValue(max - 1);
        test(dialog.reason).setValue("raise the floor");
        test(dialog.scale).click();

        var hpa = client(tenant).autoscaling().v2().horizontalPodAutoscalers()
                .inNamespace(tenant.tenant().namespace()).withName("portal").get();
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(max - 1);
    }
}
