package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** A GraphQL value literal (directive arguments, default values). */
public sealed interface Value {

    TextRange range();

    /** The value as a Java object: String, Long/Double (as written), Boolean, null, List, or a Map. */
    Object toJava();

    /** A short name of the literal's kind for messages, e.g. "a string". */
    String kindName();

    /**
     * The text of a string or a bare name. Harper reads directive arguments by their value, so
     * {@code @relationship(from: siteId)} and {@code @relationship(from: "siteId")} mean the same.
     */
    default java.util.Optional<String> textValue() {
        if (this instanceof StringValue s) {
            return java.util.Optional.of(s.value());
        }
        if (this instanceof EnumValue e) {
            return java.util.Optional.of(e.name());
        }
        return java.util.Optional.empty();
    }

    record StringValue(String value, boolean block, TextRange range) implements Value {
        public Object toJava() {
            return value;
        }

        public String kindName() {
            return "a string";
        }
    }

    record IntValue(String text, TextRange range) implements Value {
        public Object toJava() {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooBig) {
                return new java.math.BigInteger(text);
            }
        }

        public String kindName() {
            return "an integer";
        }
    }

    record FloatValue(String text, TextRange range) implements Value {
        public Object toJava() {
            return Double.parseDouble(text);
        }

        public String kindName() {
            return "a float";
        }
    }

    record BooleanValue(boolean value, TextRange range) implements Value {
        public Object toJava() {
            return value;
        }

        public String kindName() {
            return "a boolean";
        }
    }

    record NullValue(TextRange range) implements Value {
        public Object toJava() {
            return null;
        }

        public String kindName() {
            return "null";
        }
    }

    record EnumValue(String name, TextRange range) implements Value {
        public Object toJava() {
            return name;
        }

        public String kindName() {
            return "an enum value";
        }
    }

    record VariableValue(String name, TextRange range) implements Value {
        public Object toJava() {
            return "$" + name;
        }

        public String kindName() {
            return "a variable";
        }
    }

    record ListValue(List<Value> values, TextRange range) implements Value {
        public ListValue {
            values = List.copyOf(values);
        }

        public Object toJava() {
            return values.stream().map(Value::toJava).toList();
        }

        public String kindName() {
            return "a list";
        }
    }

    record ObjectValue(List<Argument> fields, TextRange range) implements Value {
        public ObjectValue {
            fields = List.copyOf(fields);
        }

        public Object toJava() {
            var map = new java.util.LinkedHashMap<String, Object>();
            fields.forEach(f -> map.put(f.name().value(), f.value().toJava()));
            return map;
        }

        public String kindName() {
            return "an object";
        }
    }
}
