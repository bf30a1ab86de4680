package dev.pilothouse.desktop.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One long step shown in the task panel: what it is, its latest progress line, and how it ended. */
public final class TaskItem {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private final String title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final Runnable retry;

    TaskItem(String title, Runnable retry) {
        this.title = title;
        this.retry = retry;
    }

    public String title() {
        return title;
    }

    /** Runs the same work again as a new task (failures are recoverable from the panel). */
    public void retry() {
        retry.run();
    }

    void progress(String line) {
        message.set(line);
    }

    void done(String line) {
        message.set(line);
        state.set(State.DONE);
    }

    void failed(String reason) {
        error.set(reason);
        state.set(State.FAILED);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
