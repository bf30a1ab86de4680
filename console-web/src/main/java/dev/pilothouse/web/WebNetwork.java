package dev.pilothouse.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how the console listens (docs/decisions/0017-web-network-defaults.md). The default is loopback over
 * plain HTTP: passwords, session cookies and agent tokens never leave the machine unless someone says otherwise.
 *
 * @param bind        the address the server listens on
 * @param tls         a PKCS#12 keystore to serve HTTPS from, when given
 * @param behindProxy trust the reverse proxy's forwarded headers (scheme, client address)
 * @param publicHosts host names clients use to reach the console (a proxy's name, a DNS name); the agent gateway
 *                    accepts these in {@code Host} and {@code Origin}
 */
public record WebNetwork(InetAddress bind, Optional<Tls> tls, boolean behindProxy, List<String> publicHosts) {

    /** A keystore file and the file holding its password (never the password on the command line). */
    public record Tls(Path keystore, Path passwordFile) {
        public Tls {
            keystore = keystore.toAbsolutePath().normalize();
            passwordFile = passwordFile.toAbsolutePath().normalize();
        }
    }

    public WebNetwork {
        publicHosts = List.copyOf(publicHosts);
    }

    /** 127.0.0.1, plain HTTP: the default. */
    public static WebNetwork local() {
        return new WebNetwork(InetAddress.getLoopbackAddress(), Optional.empty(), false, List.of());
    }

    public boolean loopback() {
        return bind.isLoopbackAddress();
    }

    /** Cookies must not travel in clear once the console is reachable from elsewhere or served over HTTPS. */
    public boolean secureCookies() {
        return tls.isPresent() || behindProxy || !loopback();
    }

    /** Reachable from the network with nothing encrypting the traffic to this process. */
    public boolean exposedInClear() {
        return !loopback() && tls.isEmpty();
    }

    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }

    /** The host part of a URL reaching this console: a literal address (bracketed for IPv6), or localhost. */
    public String urlHost() {
        if (loopback()) {
            return "localhost";
        }
        String literal = bind.getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }

    /** Spring Boot's {@code server.*} settings for this network. */
    public Map<String, Object> serverProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.address", bind.getHostAddress());
        tls.ifPresent(t -> {
            properties.put("server.ssl.enabled", true);
            properties.put("server.ssl.key-store", t.keystore().toUri().toString());
            properties.put("server.ssl.key-store-type", "PKCS12");
            properties.put("server.ssl.key-store-password", read(t.passwordFile()));
        });
        properties.put("server.servlet.session.cookie.http-only", true);
        properties.put("server.servlet.session.cookie.same-site", "strict");
        properties.put("server.servlet.session.cookie.secure", secureCookies());
        if (behindProxy) {
            properties.put("server.forward-headers-strategy", "native");
        }
        return properties;
    }

    private static String read(Path passwordFile) {
        try {
            return Files.readString(passwordFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keystore password file " + passwordFile, e);
        }
    }
}
