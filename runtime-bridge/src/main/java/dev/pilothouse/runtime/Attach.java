package dev.pilothouse.runtime;

import java.net.URI;

/**
 * Attaches to a running Harper by URL and checks, in order, that something answers (else
 * {@link UnreachableException}), that the credentials are accepted (else {@link AuthenticationFailedException}) and
 * that the version is supported (else {@link VersionMismatchException}).
 */
public final class Attach {

    /** The Harper release line this bridge speaks. */
    public static final String SUPPORTED_VERSION = "4.7";

    private Attach() {}

    public static HarperClient attach(HarperEndpoint endpoint) {
        return attach(endpoint, SUPPORTED_VERSION);
    }

    /** Attaches and requires the given release line (e.g. "4.7"). */
    public static HarperClient attach(HarperEndpoint endpoint, String releaseLine) {
        HarperClient client = new HarperClient(endpoint);
        client.userInfo();
        String version = client.version();
        if (!version.equals(releaseLine) && !version.startsWith(releaseLine + ".")) {
            throw new VersionMismatchException(
                    endpoint.operationsUrl().toString(), releaseLine, version.isEmpty() ? "(none reported)" : version);
        }
        return client;
    }

    /** Convenience for an operations URL plus the default app port layout (ops port + 1) when none is given. */
    public static HarperEndpoint endpoint(URI operationsUrl, URI httpUrl, Credentials credentials) {
        URI http = httpUrl != null
                ? httpUrl
                : URI.create(operationsUrl.getScheme() + "://" + operationsUrl.getHost() + ":"
                        + (operationsUrl.getPort() + 1) + "/");
        return new HarperEndpoint(operationsUrl, http, operationsUrl.getHost(), 0, credentials);
    }
}
