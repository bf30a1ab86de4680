package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.workspace.AppName;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View as agent: for a registered agent, or proposed scopes, the gateway's own {@link AgentSurface} over the open
 * workspace (the MCP tools listed, each table and attribute after the protection rule, what it could propose), as
 * the web page and {@code pilothouse agents show NAME --surface} show it. Nothing is computed here.
 */
public final class AgentSurfaceViewModel {

    private final BoundaryPort port;
    private final GovernedCalls calls;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgentSurface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper(this, "message", "Pick an agent, or tick scopes to see a proposed one.");

    public AgentSurfaceViewModel(BoundaryPort port, GovernedCalls calls, Executor io, Executor ui) {
        this.port = port;
        this.calls = calls;
        this.io = io;
        this.ui = ui;
    }

    /** The registered agents with a live token. */
    public CompletableFuture<List<String>> refreshAgents() {
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        io.execute(() -> {
            try {
                List<String> names = port.agents().stream().map(Agent::name).toList();
                ui.execute(() -> {
                    agents.setAll(names);
                    done.complete(names);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    message.set("could not read the agents: " + GovernedCalls.describe(e));
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /**
     * Shows the surface of {@code proposed} scopes when any are ticked (an agent standing in for them), else of the
     * agent named {@code agent}. Completes with null when there is nothing to show; the message says why.
     */
    public CompletableFuture<AgentSurface> show(String agent, Set<Scope> proposed) {
        if ((agent == null || agent.isBlank()) && proposed.isEmpty()) {
            surface.set(null);
            message.set("Pick an agent, or tick scopes to see a proposed one.");
            return CompletableFuture.completedFuture(null);
        }
        Path ws = calls.workspace();
        if (ws == null) {
            surface.set(null);
            message.set("Open a governed workspace first: the surface is the gateway's view of it.");
            return CompletableFuture.completedFuture(null);
        }
        String project = AppName.of(ws);
        return calls.read(
                g -> {
                    Agent who = !proposed.isEmpty()
                            ? new Agent("proposed", EnumSet.copyOf(proposed), "-", Instant.EPOCH, null, null)
                            : port.agents().stream()
                                    .filter(a -> a.name().equals(agent))
                                    .findFirst()
                                    .orElseThrow(() ->
                                            new IllegalArgumentException("no active agent named '" + agent + "'"));
                    try (AgentWorkspace aw = new AgentWorkspace(g, Optional.empty(), project)) {
                        return AgentSurface.of(aw, who);
                    }
                },
                s -> {
                    surface.set(s);
                    message.set("");
                },
                failed -> {
                    surface.set(null);
                    message.set(failed);
                });
    }

    public ObservableList<String> agents() {
        return agents;
    }

    /** The kit's value; null: nothing shown (see {@link #messageProperty()}). */
    public ReadOnlyObjectProperty<AgentSurface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
