package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.runtime.Credentials;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which runtime the console talks to and its state for the status bar. Starting a local runtime asks for Harper's
 * terms through {@link #termsRequestedProperty()} instead of accepting them silently.
 */
public final class RuntimeViewModel {

    private final RuntimePort port;
    private final TasksViewModel tasks;
    private final java.util.function.Supplier<String> project;
    private boolean acceptedTerms;

    private final ReadOnlyObjectWrapper<RuntimePort.Connection> connection =
            new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyStringWrapper runtime = new ReadOnlyStringWrapper(this, "runtime", "no runtime");
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper(this, "node", "–");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "–");
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper(this, "health", "–");
    private final ReadOnlyStringWrapper deployState = new ReadOnlyStringWrapper(this, "deployState", "not deployed");
    private final ReadOnlyBooleanWrapper termsRequested = new ReadOnlyBooleanWrapper(this, "termsRequested");

    /** Without an app to check: the deploy state changes only through {@link #governedDeploy}. */
    public RuntimeViewModel(RuntimePort port, TasksViewModel tasks, boolean acceptedTerms) {
        this(port, tasks, acceptedTerms, () -> null);
    }

    /** {@code project}: the component of the open app, checked on Harper as soon as a runtime is connected. */
    public RuntimeViewModel(
            RuntimePort port,
            TasksViewModel tasks,
            boolean acceptedTerms,
            java.util.function.Supplier<String> project) {
        this.port = port;
        this.tasks = tasks;
        this.acceptedTerms = acceptedTerms;
        this.project = project;
    }

    /** Starts (installing first when needed) a local runtime; asks for the terms when they were never accepted. */
    public CompletableFuture<RuntimePort.Connection> startLocal() {
        runtime.set("starting…");
        boolean accept = acceptedTerms;
        CompletableFuture<RuntimePort.Connection> started =
                tasks.run("Start local Harper", progress -> port.startLocal(accept, progress), this::connected);
        started.exceptionally(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            termsRequested.set(cause instanceof RuntimePort.TermsNotAccepted);
            runtime.set("start failed");
            return null;
        });
        return started;
    }

    /** The user accepted Harper's terms in the dialog. */
    public CompletableFuture<RuntimePort.Connection> acceptTermsAndStart() {
        acceptedTerms = true;
        termsRequested.set(false);
        return startLocal();
    }

    public void declineTerms() {
        termsRequested.set(false);
        runtime.set("no runtime (terms not accepted)");
    }

    public CompletableFuture<RuntimePort.Connection> attach(URI operationsUrl, Credentials credentials) {
        runtime.set("attaching…");
        CompletableFuture<RuntimePort.Connection> attached = tasks.run(
                "Attach to " + operationsUrl,
                progress -> port.attach(operationsUrl, credentials, progress),
                this::connected);
        attached.exceptionally(e -> {
            runtime.set("attach failed");
            return null;
        });
        return attached;
    }

    /** Uses an already open connection (tests, or a runtime started elsewhere). */
    public void connected(RuntimePort.Connection c) {
        connection.set(c);
        runtime.set(c.mode());
        node.set(c.node());
        version.set("Harper " + c.version());
        health.set("connected");
        deployState.set("not deployed");
        String app = project.get();
        if (app != null) {
            refreshHealth(app); // a deploy made earlier, or by another console, is live already: say so
        }
    }

    /** A governed deploy or rollback (the workspace kit) made {@code tag} live. */
    public void governedDeploy(String tag, String project) {
        deployState.set("live as " + tag);
        refreshHealth(project);
    }

    public CompletableFuture<String> refreshHealth(String project) {
        RuntimePort.Connection c = connection.get();
        if (c == null) {
            return CompletableFuture.completedFuture("no runtime");
        }
        CompletableFuture<String> checked =
                tasks.run("Health of " + project, progress -> port.health(c, project), found -> {
                    health.set(found);
                    if ("healthy".equals(found) && "not deployed".equals(deployState.get())) {
                        deployState.set("running (deployed earlier)");
                    }
                });
        checked.exceptionally(e -> {
            health.set("unreachable");
            return null;
        });
        return checked;
    }

    public CompletableFuture<Void> stop() {
        RuntimePort.Connection c = connection.get();
        if (c == null) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.run(
                        "Stop runtime",
                        progress -> {
                            port.stop(c);
                            return null;
                        },
                        ignored -> {
                            connection.set(null);
                            runtime.set("stopped");
                            health.set("–");
                        })
                .thenApply(x -> null);
    }

    public ReadOnlyObjectProperty<RuntimePort.Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runtimeProperty() {
        return runtime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeProperty() {
        return node.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deployStateProperty() {
        return deployState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty termsRequestedProperty() {
        return termsRequested.getReadOnlyProperty();
    }
}
