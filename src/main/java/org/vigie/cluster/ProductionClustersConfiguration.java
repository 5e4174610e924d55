package org.vigie.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Clients for the clusters named in {@code vigie.clusters}. */
@Configuration(proxyBeanMethods = false)
@Conditional(ClustersConfigured.class)
class ProductionClustersConfiguration {

    @Bean(destroyMethod = "close")
    ClusterConnections clusterConnections(ClusterProperties properties, ClusterApiProperties api) {
        Map<String, KubernetesClient> clients = new LinkedHashMap<>();
        properties.clusters().forEach((name, connection) -> clients.put(name, new KubernetesClientBuilder()
                .withConfig(ClusterConnections.bounded(config(name, connection), api)).build()));
        return new ClusterConnections(clients);
    }

    private static Config config(String name, ClusterProperties.Connection connection) {
        if (connection.masterUrl() != null) {
            return new ConfigBuilder(Config.empty()).withMasterUrl(connection.masterUrl()).build();
        }
        if (connection.inCluster()) {
            return Config.autoConfigure(null);
        }
        if (connection.context() == null) {
            throw new IllegalStateException("vigie.clusters." + name
                    + ": set one of in-cluster=true, context=<kubeconfig context> or master-url=<url>");
        }
        if (connection.kubeconfig() == null) {
            return Config.autoConfigure(connection.context());
        }
        Path file = Path.of(connection.kubeconfig());
        try {
            return Config.fromKubeconfig(connection.context(), Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("vigie.clusters." + name + ".kubeconfig: cannot read " + file, e);
        }
    }
}
