package dev.pilothouse.schema.harper;

import dev.pilothouse.schema.ast.Value;

/** The value kinds Harper's directive arguments take. */
public enum ArgType {
    STRING,
    INT,
    FLOAT,
    BOOLEAN;

    public boolean accepts(Value value) {
        return switch (this) {
            case STRING -> value.textValue().isPresent();
            case INT -> value instanceof Value.IntValue;
            case FLOAT -> value instanceof Value.IntValue || value instanceof Value.FloatValue;
            case BOOLEAN -> value instanceof Value.BooleanValue;
        };
    }

    public String display() {
        return switch (this) {
            case STRING -> "String";
            case INT -> "Int";
            case FLOAT -> "Float";
            case BOOLEAN -> "Boolean";
        };
    }
}
