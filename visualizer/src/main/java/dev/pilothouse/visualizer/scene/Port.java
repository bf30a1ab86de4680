package dev.pilothouse.visualizer.scene;

/** Where edges attach to a node, in scene coordinates. */
public record Port(String id, Point position) {}
