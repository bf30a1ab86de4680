package dev.pilothouse.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay to a target port whose open connections can be made to go silent without closing: what a
 * vanished host or a dropped route looks like to a client. Connections made after {@link #stallOpenConnections}
 * are relayed normally.
 */
final class StallingRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final List<Link> links = new CopyOnWriteArrayList<>();

    StallingRelay(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every connection open now stops relaying in both directions, and stays open. */
    void stallOpenConnections() {
        links.forEach(link -> link.stalled = true);
    }

    int connectionsMade() {
        return links.size();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                Link link = new Link(client, upstream);
                links.add(link);
                Thread.ofVirtual().start(() -> pump(link, client, upstream));
                Thread.ofVirtual().start(() -> pump(link, upstream, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void pump(Link link, Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                while (link.stalled) {
                    Thread.sleep(50); // hold the bytes and the socket: nothing passes, nothing closes
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the other side closed: the link ends with it
        } finally {
            if (!link.stalled) {
                link.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        links.forEach(Link::close);
    }

    private static final class Link {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean stalled;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void close() {
            try {
                client.close();
                upstream.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
