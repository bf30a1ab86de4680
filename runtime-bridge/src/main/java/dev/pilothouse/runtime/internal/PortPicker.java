package dev.pilothouse.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;

/** Chooses loopback ports: the preferred one when it is free on that address, else one the OS hands out. */
public final class PortPicker {

    private PortPicker() {}

    public static int pick(String host, int preferred, Set<Integer> taken) {
        if (preferred > 0 && !taken.contains(preferred) && isFree(host, preferred)) {
            return preferred;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                int port = socket.getLocalPort();
                if (!taken.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no free port on " + host, e);
            }
        }
        throw new IllegalStateException("no free port on " + host + " after 20 attempts");
    }

    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Node binds: a port in TIME_WAIT after a restart counts as free
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
