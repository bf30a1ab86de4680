package dev.pilothouse.testsupport.other.internal;

/** Fixture: an internal class of another "module". */
public final class Secret {}
