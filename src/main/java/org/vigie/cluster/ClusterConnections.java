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
        return clientFor(masterUrl, ClusterApiProperties.DEFAULTS);
    }

    public static KubernetesClient clientFor(String masterUrl, ClusterApiProperties api) {
        return new KubernetesClientBuilder().withConfig(bounded(new ConfigBuilder(Config.empty())
                .withMasterUrl(masterUrl).build(), api)).build();
    }

    /** Every call answers or fails within the request timeout, without retries that would multiply it. */
    static Config bounded(Config config, ClusterApiProperties api) {
        int millis = (int) api.requestTimeout().toMillis();
        return new ConfigBuilder(config)
                .withRequestTimeout(millis)
                .withConnectionTimeout(millis)
                .withRequestRetryBackoffLimit(0)
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
