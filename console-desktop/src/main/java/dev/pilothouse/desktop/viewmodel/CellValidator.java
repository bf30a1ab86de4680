package dev.pilothouse.desktop.viewmodel;

import java.util.Locale;

/** Turns typed cell text into a value of the attribute's Harper type, or explains why it cannot. */
public final class CellValidator {

    private CellValidator() {}

    /** Converts {@code text} for an attribute of Harper type {@code type} (null/unknown types keep text as is). */
    public static Object convert(String text, String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String v = text.strip();
        if (v.equals("null")) {
            return null;
        }
        try {
            return switch (t) {
                case "int", "long", "bigint" -> Long.parseLong(v);
                case "float", "number" -> Double.parseDouble(v);
                case "boolean" ->
                    switch (v.toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException("'" + v + "' is not a Boolean (true or false)");
                    };
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + v + "' is not " + (t.startsWith("f") || t.equals("number") ? "a number" : "an integer")
                            + " (attribute type " + type + ")",
                    e);
        }
    }
}
