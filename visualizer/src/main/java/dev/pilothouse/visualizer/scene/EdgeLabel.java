package dev.pilothouse.visualizer.scene;

/** Text placed along an edge; {@code position} is the centre of the text. */
public record EdgeLabel(String text, Point position) {}
