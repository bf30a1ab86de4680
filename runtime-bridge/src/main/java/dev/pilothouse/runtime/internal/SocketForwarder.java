package dev.pilothouse.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback TCP port on the console's side that leads to a Unix socket a sandbox offers. The sandbox has no
 * network of its own beyond its loopback, so this is the one link between the console and what runs inside, and it
 * runs only one way: the console connects in, nothing inside can connect out.
 */
public final class SocketForwarder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SocketForwarder.class);

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread acceptor;

    public SocketForwarder(Path socket) {
        this.socket = socket;
        try {
            this.server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for " + socket, e);
        }
        this.acceptor =
                Thread.ofVirtual().name("forward-" + socket.getFileName()).start(this::accept);
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel inside;
                try {
                    if (java.nio.file.Files.isSymbolicLink(socket)) { // planted by the sandbox: lead nowhere else
                        throw new IOException(socket + " is a link");
                    }
                    inside = SocketChannel.open(StandardProtocolFamily.UNIX);
                    inside.connect(UnixDomainSocketAddress.of(socket));
                } catch (IOException e) {
                    client.close(); // the caller sees a refused exchange, as with a Harper that is not up yet
                    continue;
                }
                AtomicInteger open = new AtomicInteger(2);
                Thread.ofVirtual().start(() -> pump(client, inside, open));
                Thread.ofVirtual().start(() -> pump(inside, client, open));
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.debug("forwarder for {} stopped accepting: {}", socket, e.getMessage());
                }
                return;
            }
        }
    }

    /** Copies one direction; an end of stream is passed on as a half-close, and the last direction closes both. */
    private static void pump(SocketChannel from, SocketChannel to, AtomicInteger open) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            open.set(1); // a broken side ends the exchange both ways
        }
        if (open.decrementAndGet() == 0) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already broken: nothing left to release
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the forwarder for {}: {}", socket, e.getMessage());
        }
        acceptor.interrupt();
    }
}
