package org.vigie.demo;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.vigie.cluster.ClusterApiProperties;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.history.StatusHistory;
import org.vigie.surge.SurgePlans;
import org.vigie.tenant.TenantCatalogue;

/** Demo mode: embedded clusters, reached over HTTP by the same code as real ones, and their simulator. */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMode.class)
class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoClusters demoClusters(TenantCatalogue catalogue) {
        return new DemoClusters(catalogue);
    }

    @Bean(destroyMethod = "close")
    ClusterConnections clusterConnections(DemoClusters clusters, TenantCatalogue catalogue, ClusterApiProperties api) {
        Map<String, KubernetesClient> clients = new LinkedHashMap<>();
        clusters.urls().forEach((name, url) -> clients.put(name, ClusterConnections.clientFor(url, api)));
        ClusterConnections connections = new ClusterConnections(clients);
        DemoSeeding.seed(catalogue, connections);
        return connections;
    }

    @Bean(destroyMethod = "close")
    @Primary
    DemoHealthEndpoints demoHealthEndpoints(FleetSnapshotPublisher publisher) {
        return new DemoHealthEndpoints(publisher);
    }

    @Bean
    DemoHistoryWriter demoHistoryWriter(TenantCatalogue catalogue, StatusHistory history, DemoProperties properties,
            Clock clock) {
        DemoHistoryWriter writer = new DemoHistoryWriter(catalogue, history, properties, clock);
        writer.writeIfEmpty();
        return writer;
    }

    @Bean
    SchoolDayTraffic schoolDayTraffic(Clock clock, DemoProperties properties) {
        return new SchoolDayTraffic(clock, properties);
    }

    @Bean
    DemoSurgePlan demoSurgePlan(SurgePlans plans, FleetSnapshotPublisher publisher, DemoProperties properties) {
        return new DemoSurgePlan(plans, publisher, properties);
    }

    @Bean
    DemoSimulator demoSimulator(TenantCatalogue catalogue, ClusterConnections connections, ClusterWatchers watchers,
            FleetSnapshotPublisher publisher, DemoProperties properties, Clock clock) {
        return new DemoSimulator(catalogue, connections, watchers, publisher, properties, clock);
    }
}
