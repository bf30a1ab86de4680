package dev.pilothouse.schema.js;

/**
 * One token of a resources.js file; {@code [start, end)} are UTF-16 offsets. A template literal is split at its
 * substitutions: a piece that ends with {@code ${} opens one, a piece that starts with <code>}</code> closes one.
 */
public record JsToken(JsTokenType type, int start, int end, String text) {

    public boolean is(String punctuatorOrKeyword) {
        return (type == JsTokenType.PUNCTUATOR || type == JsTokenType.KEYWORD || type == JsTokenType.IDENTIFIER)
                && text.equals(punctuatorOrKeyword);
    }

    /** Identifier-like: identifiers and keywords, both valid as property and method names. */
    public boolean isName() {
        return type == JsTokenType.IDENTIFIER || type == JsTokenType.KEYWORD;
    }

    public boolean opensSubstitution() {
        return type == JsTokenType.TEMPLATE && text.endsWith("${") && end - start >= 2;
    }

    public boolean closesSubstitution() {
        return type == JsTokenType.TEMPLATE && text.startsWith("}");
    }
}
