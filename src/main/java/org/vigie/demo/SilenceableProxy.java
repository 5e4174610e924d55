package org.vigie.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of a demo API server, for the "cluster goes silent" drill. Silenced,
 * it keeps every connection open and accepts new ones but lets no byte through, as a cluster whose
 * packets are dropped. Healed, it closes the connections that lost bytes, so clients reconnect.
 */
final class SilenceableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean silent;

    SilenceableProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("demo-proxy-" + listener.getLocalPort()).start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    boolean silent() {
        return silent;
    }

    void silence() {
        silent = true;
    }

    void heal() {
        if (silent) {
            silent = false;
            sockets.forEach(SilenceableProxy::closeQuietly);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstream.getAddress(), upstream.getPort());
                sockets.add(client);
                sockets.add(server);
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (!silent) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        sockets.forEach(SilenceableProxy::closeQuietly);
    }
}
