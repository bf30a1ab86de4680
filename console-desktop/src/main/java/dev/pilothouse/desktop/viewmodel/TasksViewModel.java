package dev.pilothouse.desktop.viewmodel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs long steps (install, start, attach, deploy, queries) on the I/O executor and keeps each one visible with its
 * progress, result or error. Every failure stays in the list with its reason and a retry.
 */
public final class TasksViewModel {

    /** The work of a task; reports progress lines and returns a summary line. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Consumer<String> progress) throws Exception;
    }

    private final Executor io;
    private final Executor ui;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();

    public TasksViewModel(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
    }

    /**
     * Starts a task. {@code onSuccess} runs on the UI executor with the result; the returned future completes after
     * it (or exceptionally with the failure, which the task already shows).
     */
    public <T> CompletableFuture<T> run(String title, Work<T> work, Consumer<T> onSuccess) {
        CompletableFuture<T> done = new CompletableFuture<>();
        TaskItem item = new TaskItem(title, () -> run(title, work, onSuccess));
        ui.execute(() -> tasks.add(0, item));
        io.execute(() -> {
            try {
                T result = work.run(line -> ui.execute(() -> item.progress(line)));
                ui.execute(() -> {
                    item.done(summary(result));
                    try {
                        onSuccess.accept(result);
                        done.complete(result);
                    } catch (RuntimeException e) {
                        item.failed(reason(e));
                        done.completeExceptionally(e);
                    }
                });
            } catch (Exception | Error e) {
                ui.execute(
                        () -> { // callers' exceptionally() handlers then run on the UI executor too
                            item.failed(reason(e));
                            done.completeExceptionally(e);
                        });
            }
        });
        return done;
    }

    /**
     * What the Tasks panel says a finished task gave: text a task chose ({@link TaskResult}, a string, a number),
     * a count for a list, a file's name; never an object's {@code toString}, which speaks Java, not Pilothouse.
     */
    static String summary(Object result) {
        String s = switch (result) {
            case null -> "done";
            case TaskResult r -> r.summary();
            case CharSequence text -> text.toString();
            case Number n -> n.toString();
            case java.util.Collection<?> c -> c.size() + (c.size() == 1 ? " item" : " items");
            case java.nio.file.Path p -> String.valueOf(p.getFileName());
            default -> "done";
        };
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The message a user can act on: the deepest cause that says something. */
    static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public void clearFinished() {
        tasks.removeIf(t -> t.stateProperty().get() != TaskItem.State.RUNNING);
    }

    public ObservableList<TaskItem> tasks() {
        return tasks;
    }
}
