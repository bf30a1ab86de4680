package dev.pilothouse.schema.model;

/**
 * {@code @relationship}: {@code from} names a foreign-key attribute of this table, {@code to} one of the target
 * table's attributes that points back here; either may be null.
 */
public record Relationship(String from, String to, String targetType, boolean many) {

    public Cardinality cardinality() {
        if (from != null && to != null) {
            return Cardinality.KEY_TO_KEY;
        }
        if (to != null) {
            return Cardinality.ONE_TO_MANY;
        }
        return many ? Cardinality.MANY_TO_MANY : Cardinality.MANY_TO_ONE;
    }

    public enum Cardinality {
        MANY_TO_ONE,
        ONE_TO_MANY,
        MANY_TO_MANY,
        KEY_TO_KEY
    }
}
