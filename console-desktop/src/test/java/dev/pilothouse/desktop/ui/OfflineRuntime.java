package dev.pilothouse.desktop.ui;

import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.runtime.Credentials;
import java.net.URI;
import java.util.function.Consumer;

/** For UI tests that need no Harper: every runtime action fails visibly, as with no Harper installed. */
final class OfflineRuntime implements RuntimePort {

    @Override
    public Connection startLocal(boolean acceptTerms, Consumer<String> progress) {
        throw new IllegalStateException("offline test runtime");
    }

    @Override
    public Connection attach(URI operationsUrl, Credentials credentials, Consumer<String> progress) {
        throw new IllegalStateException("offline test runtime");
    }

    @Override
    public String health(Connection connection, String project) {
        return "offline";
    }

    @Override
    public void stop(Connection connection) {}
}
