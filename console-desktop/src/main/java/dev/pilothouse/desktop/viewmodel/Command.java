package dev.pilothouse.desktop.viewmodel;

/** An action of the command palette: a stable id, what the user reads, its shortcut (may be empty), and the work. */
public record Command(String id, String title, String shortcut, Runnable action) {}
