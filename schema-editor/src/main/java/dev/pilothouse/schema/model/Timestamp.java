package dev.pilothouse.schema.model;

/** Which write time Harper assigns to an attribute. */
public enum Timestamp {
    NONE,
    CREATED,
    UPDATED
}
