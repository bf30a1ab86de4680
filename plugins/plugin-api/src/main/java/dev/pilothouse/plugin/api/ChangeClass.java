package dev.pilothouse.plugin.api;

/** How much care a schema change needs (the semantic diff's classification). */
public enum ChangeClass {
    SAFE,
    REVIEW,
    BREAKING
}
