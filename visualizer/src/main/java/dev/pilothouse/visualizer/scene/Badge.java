package dev.pilothouse.visualizer.scene;

/** A short tag drawn beside a title or row, such as {@code PK} or {@code export}; {@code styleClass} names its look. */
public record Badge(String text, String styleClass) {}
