package org.vigie.demo;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/** One embedded API server per cluster that a tenant of the catalogue names. */
final class DemoClusters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoClusters.class);

    private final Map<String, EmbeddedKubernetesApi> servers = new TreeMap<>();

    DemoClusters(TenantCatalogue catalogue) {
        catalogue.all().stream().map(Tenant::cluster).distinct().forEach(name -> {
            EmbeddedKubernetesApi api = EmbeddedKubernetesApi.start();
            servers.put(name, api);
            log.info("Demo cluster {}: embedded Kubernetes API at {}", name, api.url());
        });
    }

    Map<String, String> urls() {
        Map<String, String> urls = new TreeMap<>();
        servers.forEach((name, api) -> urls.put(name, api.url()));
        return urls;
    }

    @Override
    public void close() {
        servers.values().forEach(EmbeddedKubernetesApi::close);
    }
}
