package dev.pilothouse.plugin.api;

import java.net.URI;
import java.util.Map;

/**
 * Finds a Harper instance behind a target the built-in attach does not understand (a cloud console, a cluster
 * manager...), for example {@code acme://prod/shop}. It only resolves addresses; the runtime bridge still does all
 * talking to Harper.
 */
public interface RuntimeConnector {

    /** The URI scheme it resolves, for example {@code acme}. */
    String scheme();

    Connection resolve(URI target, Map<String, String> settings);

    /** Where the instance answers: its operations API and REST URLs, and extra HTTP headers to send. */
    record Connection(URI operationsUrl, URI restUrl, Map<String, String> headers) {

        public Connection {
            headers = Map.copyOf(headers);
        }
    }
}
