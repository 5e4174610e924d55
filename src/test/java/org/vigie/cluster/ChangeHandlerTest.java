package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeHandlerTest {

    private final List<HasMetadata> changes = new ArrayList<>();
    private final ChangeHandler<Pod> handler = new ChangeHandler<>(changes::add);

    private static Pod pod(String tenant, String resourceVersion) {
        return new PodBuilder().withNewMetadata().withName("sso-1").withNamespace("ent-" + tenant)
                .withResourceVersion(resourceVersion).withLabels(TenantLabels.of(tenant, "sso")).endMetadata().build();
    }

    @Test
    void an_object_delivered_again_with_the_same_resource_version_is_no_change() {
        handler.onUpdate(pod("loire", "41"), pod("loire", "41"));

        assertThat(changes).isEmpty();
    }

    @Test
    void a_new_resource_version_is_a_change() {
        handler.onUpdate(pod("loire", "41"), pod("loire", "42"));

        assertThat(changes).hasSize(1);
    }

    @Test
    void without_resource_versions_every_update_counts() {
        handler.onUpdate(pod("loire", null), pod("loire", null));

        assertThat(changes).hasSize(1);
    }

    @Test
    void an_object_that_moved_to_another_tenant_changes_both() {
        handler.onUpdate(pod("loire", "41"), pod("rhone", "42"));

        assertThat(changes).extracting(TenantLabels::tenantOf).containsExactly("rhone", "loire");
    }
}
