package org.vigie.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * One embedded API server per cluster that a tenant of the catalogue names, each reached through a
 * relay that a drill can silence.
 */
final class DemoClusters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoClusters.class);

    private final Map<String, EmbeddedKubernetesApi> servers = new TreeMap<>();
    private final Map<String, SilenceableProxy> relays = new TreeMap<>();

    DemoClusters(TenantCatalogue catalogue) {
        catalogue.all().stream().map(Tenant::cluster).distinct().forEach(name -> {
            EmbeddedKubernetesApi api = EmbeddedKubernetesApi.start();
            URI direct = URI.create(api.url());
            try {
                relays.put(name, new SilenceableProxy(new InetSocketAddress(direct.getHost(), direct.getPort())));
            } catch (IOException e) {
                api.close();
                throw new UncheckedIOException("demo cluster " + name + ": cannot open its relay", e);
            }
            servers.put(name, api);
            log.info("Demo cluster {}: embedded Kubernetes API at {}, reached through {}", name, api.url(),
                    urls().get(name));
        });
    }

    Map<String, String> urls() {
        Map<String, String> urls = new TreeMap<>();
        relays.forEach((name, relay) -> urls.put(name, "http://127.0.0.1:" + relay.port() + "/"));
        return urls;
    }

    /** The relay of a cluster, to silence or heal it in a drill. */
    Optional<SilenceableProxy> relay(String cluster) {
        return Optional.ofNullable(relays.get(cluster));
    }

    @Override
    public void close() {
        relays.values().forEach(SilenceableProxy::close);
        servers.values().forEach(EmbeddedKubernetesApi::close);
    }
}
