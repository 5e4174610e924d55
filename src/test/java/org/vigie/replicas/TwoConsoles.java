package org.vigie.replicas;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.vigie.VigieApplication;
import org.vigie.cluster.ClusterConnections;
import org.vigie.history.TransitionRecorded;
import org.vigie.testing.HealthyEndpoints;
import org.vigie.testing.SeededTenant;

/**
 * Two Vigie consoles, as two replicas of one Deployment: one PostgreSQL, one API server, the same
 * tenant files and audit key, each its own HTTP port, caches and schedulers.
 */
final class TwoConsoles implements AutoCloseable {

    static final String TENANT = "deux-consoles";
    static final String NAMESPACE = "ent-deux-consoles";
    static final String CLUSTER = "partage";

    final EmbeddedPostgres postgres;
    final KubernetesMockServer api;
    final HealthyEndpoints healthy;
    final List<ConfigurableApplicationContext> consoles = new ArrayList<>();
    /** Every TransitionRecorded announced by either console. */
    final List<TransitionRecorded> announced = new CopyOnWriteArrayList<>();

    TwoConsoles() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        api = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(),
                false);
        api.init(InetAddress.getLoopbackAddress(), 0);
        healthy = new HealthyEndpoints();
        try (KubernetesClient client = client()) {
            SeededTenant.seed(client, TENANT, NAMESPACE);
        }
        Path tenants = Files.createTempDirectory("two-consoles-tenants");
        // Small replicas, so that a surge plan changes something at any hour, night and weekend included.
        Files.writeString(tenants.resolve(TENANT + ".yaml"), SeededTenant.file(TENANT, CLUSTER, NAMESPACE, healthy.base())
                .replace("sessionsPerReplica: 5000", "sessionsPerReplica: 5"));
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("vigie.clusters." + CLUSTER + ".master-url", api.url("/"));
        properties.put("vigie.tenants.dir", tenants.toString());
        properties.put("vigie.audit.keys.replicas", Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("vigie.cluster-api.heartbeat-interval", "1s");
        properties.put("vigie.surge.tick", "1s");
        properties.put("vigie.security.session-sync-interval", "500ms");
        properties.put("server.port", "0");
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        for (int i = 0; i < 2; i++) {
            consoles.add(new SpringApplicationBuilder(VigieApplication.class)
                    .listeners((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
                        if (event.getPayload() instanceof TransitionRecorded recorded) {
                            announced.add(recorded);
                        }
                    }).run(arguments));
        }
    }

    KubernetesClient client() {
        return ClusterConnections.clientFor(api.url("/"));
    }

    ConfigurableApplicationContext console(int index) {
        return consoles.get(index);
    }

    <T> T bean(int index, Class<T> type) {
        return consoles.get(index).getBean(type);
    }

    int port(int index) {
        return Integer.parseInt(consoles.get(index).getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() throws IOException {
        consoles.forEach(ConfigurableApplicationContext::close);
        api.destroy();
        healthy.close();
        postgres.close();
    }
}
