package dev.pilothouse.testsupport.cycle.c;

/** Fixture: stands for a class that takes a Harper component name. */
public record Component(String name) {}
