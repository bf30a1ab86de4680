package dev.pilothouse.testsupport.apply;

/** Fixture: the type whose implementations apply approved requests. */
public interface Applier {
    void apply(String value);
}
