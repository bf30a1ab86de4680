package dev.pilothouse.desktop.viewmodel;

/** A task's result that says in words what it did, for the Tasks panel (nothing else is shown by its toString). */
public interface TaskResult {

    String summary();
}
