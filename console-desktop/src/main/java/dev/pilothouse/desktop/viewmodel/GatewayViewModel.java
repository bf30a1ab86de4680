package dev.pilothouse.desktop.viewmodel;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The agent gateway hosted on loopback while the desktop runs: (re)started as a task for the open workspace and the
 * connected runtime, its endpoint shown in the status bar, stopped on exit.
 */
public final class GatewayViewModel {

    private final GatewayPort port;
    private final TasksViewModel tasks;
    private final Supplier<RuntimePort.Connection> connection;
    private final Supplier<String> project;
    private final ReadOnlyStringWrapper endpoint = new ReadOnlyStringWrapper(this, "endpoint", "off");

    public GatewayViewModel(
            GatewayPort port,
            TasksViewModel tasks,
            Supplier<RuntimePort.Connection> connection,
            Supplier<String> project) {
        this.port = port;
        this.tasks = tasks;
        this.connection = connection;
        this.project = project;
    }

    public CompletableFuture<?> host(Path workspace) {
        if (workspace == null || port == GatewayPort.NONE) {
            return CompletableFuture.completedFuture(null);
        }
        RuntimePort.Connection c = connection.get();
        String name = project.get();
        endpoint.set("starting…");
        CompletableFuture<String> started = tasks.run(
                "Host agent gateway", progress -> port.host(workspace, c, name).toString(), endpoint::set);
        started.exceptionally(e -> {
            endpoint.set("off"); // the reason stays in the Tasks panel
            return null;
        });
        return started;
    }

    public void close() {
        port.close();
        endpoint.set("off");
    }

    public ReadOnlyStringProperty endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }
}
