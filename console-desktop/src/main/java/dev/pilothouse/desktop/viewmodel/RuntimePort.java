package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import java.net.URI;
import java.util.function.Consumer;

/** What the desktop needs from a Harper runtime; the Harper-backed implementation lives in {@code service}. */
public interface RuntimePort {

    /** A runtime the console talks to; governed deploys go to it through the workspace kit. */
    record Connection(String mode, String node, String version, HarperEndpoint endpoint, HarperClient client) {}

    /** Thrown when Harper's terms were never accepted for this runtime folder: the UI must ask the user. */
    final class TermsNotAccepted extends RuntimeException {
        public TermsNotAccepted(String message) {
            super(message);
        }
    }

    /** Installs Harper when absent and starts one local node; {@code acceptTerms} is the user's explicit answer. */
    Connection startLocal(boolean acceptTerms, Consumer<String> progress);

    Connection attach(URI operationsUrl, Credentials credentials, Consumer<String> progress);

    /** "healthy", or the component's status and message; throws when the runtime does not answer. */
    String health(Connection connection, String project);

    void stop(Connection connection);

    /**
     * The deployer the workspace kit's governed deploys use (handed to its {@code HarperTarget}; the desktop never
     * deploys with it itself): a local runtime's reads its node's output for load errors.
     */
    default dev.pilothouse.runtime.Deployer deployer(Connection connection) {
        return new dev.pilothouse.runtime.Deployer(connection.client());
    }
}
