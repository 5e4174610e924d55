package org.vigie.demo;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import org.slf4j.LoggerFactory;

/**
 * An in-process Kubernetes API server: fabric8's mock server in CRUD mode on a loopback port,
 * reached by the real client over HTTP like any other cluster.
 */
public final class EmbeddedKubernetesApi implements AutoCloseable {

    private final KubernetesMockServer server;

    private EmbeddedKubernetesApi(KubernetesMockServer server) {
        this.server = server;
    }

    public static EmbeddedKubernetesApi start() {
        return start(new KubernetesCrudDispatcher());
    }

    /** Serves {@code store}: whoever holds it can fill it directly before the clients connect. */
    public static EmbeddedKubernetesApi start(KubernetesCrudDispatcher store) {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                store, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        return new EmbeddedKubernetesApi(server);
    }

    public String url() {
        return server.url("/");
    }

    /** Stops the server; one still holding watch connections after its grace period is left to the JVM. */
    @Override
    public void close() {
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            LoggerFactory.getLogger(EmbeddedKubernetesApi.class).warn("Embedded API server {} did not stop cleanly: {}",
                    url(), e.getMessage());
        }
    }
}
