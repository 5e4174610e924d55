package org.vigie.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of a demo API server, for drills. Silenced, it keeps every
 * connection open and accepts new ones but lets no byte through, as a cluster whose packets are
 * dropped. Down, it refuses connections (its port closed) and drops the open ones. Stalled, it
 * relays requests and their answers but no byte of a watch after its response headers, as a watch
 * that silently stops delivering events. Healed, it closes the connections that lost bytes, so
 * clients reconnect.
 */
final class SilenceableProxy implements AutoCloseable {

    /** What a drill does to the relay. */
    enum Fault { SILENT, DOWN, STALLED }

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile Fault fault;

    SilenceableProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    int port() {
        return port;
    }

    Fault fault() {
        return fault;
    }

    boolean silent() {
        return fault == Fault.SILENT;
    }

    void silence() {
        inject(Fault.SILENT);
    }

    synchronized void inject(Fault next) {
        heal();
        fault = next;
        if (next == Fault.DOWN) {
            closeQuietly(listener);
            links.forEach(Link::close);
        }
    }

    synchronized void heal() {
        Fault was = fault;
        fault = null;
        if (was == Fault.DOWN) {
            try {
                listener = listen(port);
            } catch (IOException e) {
                throw new IllegalStateException("demo relay cannot listen again on port " + port, e);
            }
        } else if (was != null) {
            links.stream().filter(link -> link.lostBytes).forEach(Link::close);
        }
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        Thread.ofVirtual().name("demo-proxy-" + socket.getLocalPort()).start(() -> accept(socket));
        return socket;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Link link = new Link(socket.accept(), new Socket(upstream.getAddress(), upstream.getPort()));
                links.add(link);
                Thread.ofVirtual().start(() -> pump(link, link.client, link.server, true));
                Thread.ofVirtual().start(() -> pump(link, link.server, link.client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Link link, Socket from, Socket to, boolean request) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                String text = new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                if (request && text.contains("watch=true")) {
                    link.watch = true;
                }
                if (passes(link, request)) {
                    out.write(buffer, 0, read);
                    out.flush();
                    link.answered |= !request && text.contains("\r\n\r\n");
                } else {
                    link.lostBytes = true;
                }
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } finally {
            link.close();
            links.remove(link);
        }
    }

    private boolean passes(Link link, boolean request) {
        Fault now = fault;
        if (now == Fault.SILENT) {
            return false;
        }
        return now != Fault.STALLED || request || !link.watch || !link.answered;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        links.forEach(Link::close);
    }

    /** One relayed connection: the console's side and the API server's side. */
    private static final class Link {
        final Socket client;
        final Socket server;
        volatile boolean watch;
        volatile boolean answered;
        volatile boolean lostBytes;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }
}
