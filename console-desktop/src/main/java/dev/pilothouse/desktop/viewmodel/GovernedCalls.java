package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one governed action as a task (off the FX thread): opens the workspace's {@link Governance} through the
 * {@link ReviewPort} with the current runtime, runs the action, closes it. Failures reach {@code onFailure} as one
 * line a person can act on: a refusal names its rule.
 */
public final class GovernedCalls {

    private final ReviewPort port;
    private final TasksViewModel tasks;
    private final Supplier<Path> workspace;
    private final Supplier<RuntimePort.Connection> connection;
    private final Supplier<String> project;
    private final Executor io;
    private final Executor ui;

    public GovernedCalls(
            ReviewPort port,
            TasksViewModel tasks,
            Executor io,
            Executor ui,
            Supplier<Path> workspace,
            Supplier<RuntimePort.Connection> connection,
            Supplier<String> project) {
        this.port = port;
        this.tasks = tasks;
        this.io = io;
        this.ui = ui;
        this.workspace = workspace;
        this.connection = connection;
        this.project = project;
    }

    public ReviewPort port() {
        return port;
    }

    public Path workspace() {
        return workspace.get();
    }

    /** {@code onSuccess} and {@code onFailure} run on the UI executor. */
    public <T> CompletableFuture<T> run(
            String title, Function<Governance, T> action, Consumer<T> onSuccess, Consumer<String> onFailure) {
        return runSteps(title, (g, steps) -> action.apply(g), rows -> {}, onSuccess, onFailure);
    }

    /**
     * A deploy or rollback: like {@link #run}, and each step as it starts and ends goes to the task's progress line
     * and, as the list of steps so far, to {@code onSteps} on the UI executor.
     */
    public <T> CompletableFuture<T> runSteps(
            String title,
            BiFunction<Governance, DeployProgress, T> action,
            Consumer<List<DeployRun.Row>> onSteps,
            Consumer<T> onSuccess,
            Consumer<String> onFailure) {
        Path ws = workspace.get();
        if (ws == null) {
            onFailure.accept("open a workspace first");
            return CompletableFuture.failedFuture(new IllegalStateException("no workspace"));
        }
        RuntimePort.Connection c = connection.get();
        String name = project.get();
        CompletableFuture<T> done = tasks.run(
                title,
                line -> {
                    DeployRun run = new DeployRun(DeployProgress.NONE);
                    DeployProgress steps = update -> {
                        run.on(update);
                        List<DeployRun.Row> rows = run.rows();
                        line.accept(update.step().label() + ": "
                                + update.phase().name().toLowerCase(Locale.ROOT)
                                + (update.detail().isEmpty() ? "" : ", " + update.detail()));
                        ui.execute(() -> onSteps.accept(rows));
                    };
                    try (Governance g = port.open(ws, c, name)) {
                        return action.apply(g, steps);
                    }
                },
                onSuccess);
        done.exceptionally(e -> {
            onFailure.accept(describe(e));
            return null;
        });
        return done;
    }

    /**
     * A read (listing, opening, history): like {@link #run} but not shown in the Tasks panel, since reads also
     * run on a timer. Nothing happens without a workspace.
     */
    public <T> CompletableFuture<T> read(
            Function<Governance, T> query, Consumer<T> onSuccess, Consumer<String> onFailure) {
        Path ws = workspace.get();
        CompletableFuture<T> done = new CompletableFuture<>();
        if (ws == null) {
            done.complete(null);
            return done;
        }
        RuntimePort.Connection c = connection.get();
        String name = project.get();
        io.execute(() -> {
            try (Governance g = port.open(ws, c, name)) {
                T result = query.apply(g);
                ui.execute(() -> {
                    onSuccess.accept(result);
                    done.complete(result);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    onFailure.accept(describe(e));
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /** "refused by rule RULE: reason", "deploy failed: reason", or the deepest message. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof Refusal r) {
            return "refused by rule " + r.rule() + ": " + r.getMessage();
        }
        if (t instanceof DeployAbortedException) {
            return "deploy failed: " + t.getMessage();
        }
        return TasksViewModel.reason(t);
    }
}
