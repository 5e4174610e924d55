package org.vigie.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One fabric8 client per cluster name; closed with the application. */
public final class ClusterConnections implements AutoCloseable {

    private final Map<String, KubernetesClient> clients;

    public ClusterConnections(Map<String, KubernetesClient> clients) {
        this.clients = new TreeMap<>(clients);
    }

    /** A client for an API server reached at a plain URL, ignoring any local kubeconfig. */
    public static KubernetesClient clientFor(String masterUrl) {
        return new KubernetesClientBuilder().withConfig(configFor(masterUrl)).build();
    }

    static Config configFor(String masterUrl) {
        return new ConfigBuilder(Config.empty())
                .withMasterUrl(masterUrl)
                .withRequestTimeout(10_000)
                .withConnectionTimeout(5_000)
                .build();
    }

    public Set<String> names() {
        return clients.keySet();
    }

    public Optional<KubernetesClient> client(String cluster) {
        return Optional.ofNullable(clients.get(cluster));
    }

    @Override
    public void close() {
        clients.values().forEach(KubernetesClient::close);
    }
}
