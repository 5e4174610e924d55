package org.vigie.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.scaling.BulkScaling.Change;
import org.vigie.scaling.BulkScaling.Item;
import org.vigie.scaling.BulkScaling.ItemResult;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.Callers;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkScalingIT {

    @Autowired
    BulkScaling bulk;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    ClusterConnections clusters;

    @Test
    void every_binder_of_a_region_scales_by_a_factor_and_a_refused_item_does_not_stop_the_others() {
        String region = "hauts-de-france";
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenants().stream()
                .filter(t -> t.tenant().region().equals(region))
                .allMatch(t -> t.quota().stream().allMatch(q -> q.used() != null)
                        && t.services().stream().allMatch(s -> s.ready() == s.desired())));
        List<Item> plan = bulk.plan(Callers.operator(), region, "binder", new Change(null, 1.5));
        long binders = catalogue.all().stream().filter(t -> t.region().equals(region))
                .filter(t -> t.service("binder").isPresent()).count();
        assertThat(plan).hasSize((int) binders);
        assertThat(plan).allSatisfy(i -> assertThat(i.to()).isEqualTo((int) Math.ceil(i.from() * 1.5)));

        List<Item> withImpossible = new ArrayList<>(plan);
        Item first = plan.getFirst();
        Tenant tenant = catalogue.find(first.tenant()).orElseThrow();
        int max = tenant.service("binder").orElseThrow().maxReplicas();
        withImpossible.addFirst(new Item(first.tenant(), "binder", first.from(), max + 5, false));
        List<ItemResult> progress = new ArrayList<>();

        List<ItemResult> results = bulk.run(withImpossible, Callers.operator(), "closure Monday", "CRISE-1", progress::add);

        assertThat(progress).isEqualTo(results);
        assertThat(results.getFirst().result().kind()).isEqualTo(ScaleResult.Kind.OUT_OF_BOUNDS);
        assertThat(results.subList(1, results.size())).allSatisfy(r -> assertThat(r.result().scaled())
                .as(r.result().message()).isTrue());
        for (Item item : plan) {
            Tenant t = catalogue.find(item.tenant()).orElseThrow();
            assertThat(clusters.client(t.cluster()).orElseThrow().apps().deployments().inNamespace(t.namespace())
                    .withName("binder").get().getSpec().getReplicas()).isEqualTo(item.to());
        }
    }

    @Test
    void a_regional_operator_plans_only_the_services_of_their_region() {
        List<Item> everywhere = bulk.plan(Callers.operatorOf("hauts-de-france"), null, "sso", new Change(3, null));

        assertThat(everywhere).isNotEmpty().allSatisfy(item -> assertThat(catalogue.find(item.tenant()).orElseThrow()
                .region()).isEqualTo("hauts-de-france"));
    }
}
