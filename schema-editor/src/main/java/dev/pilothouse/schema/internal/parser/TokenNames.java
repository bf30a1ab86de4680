package dev.pilothouse.schema.internal.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Human names for tokens in syntax messages. */
final class TokenNames {

    private static final int[] NAME_TOKENS = {
        SchemaLexer.NAME, SchemaLexer.TYPE, SchemaLexer.INTERFACE, SchemaLexer.UNION, SchemaLexer.ENUM,
        SchemaLexer.INPUT, SchemaLexer.SCALAR, SchemaLexer.EXTEND, SchemaLexer.SCHEMA, SchemaLexer.DIRECTIVE,
        SchemaLexer.IMPLEMENTS, SchemaLexer.REPEATABLE, SchemaLexer.ON, SchemaLexer.TRUE, SchemaLexer.FALSE,
        SchemaLexer.NULL, SchemaLexer.QUERY, SchemaLexer.MUTATION, SchemaLexer.SUBSCRIPTION, SchemaLexer.FRAGMENT,
    };
    private static final int[] STRING_TOKENS = {
        SchemaLexer.STRING,
        SchemaLexer.BLOCK_STRING,
        SchemaLexer.UNTERMINATED_STRING,
        SchemaLexer.UNTERMINATED_BLOCK_STRING,
    };

    private TokenNames() {}

    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        String text = token.getText();
        if (text.length() > 24) {
            text = text.substring(0, 21) + "...";
        }
        return "'" + text.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    /** "a name", "':'", "a name or '}'" ... from an expected-token set. */
    static String expected(IntervalSet set) {
        if (set == null || set.isNil()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        IntervalSet rest = new IntervalSet(set);
        if (containsAny(rest, NAME_TOKENS) && rest.contains(SchemaLexer.NAME)) {
            parts.add("a name");
            removeAll(rest, NAME_TOKENS);
        }
        if (containsAny(rest, STRING_TOKENS)) {
            parts.add("a string");
            removeAll(rest, STRING_TOKENS);
        }
        for (int type : rest.toList()) {
            parts.add(type == Token.EOF ? "end of file" : literal(type));
        }
        if (parts.size() > 6) {
            return String.join(", ", parts.subList(0, 5)) + " or another token";
        }
        return parts.size() <= 1
                ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    private static String literal(int type) {
        String literal = SchemaLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
            return literal;
        }
        return switch (type) {
            case SchemaLexer.INT -> "an integer";
            case SchemaLexer.FLOAT -> "a number";
            default -> SchemaLexer.VOCABULARY.getDisplayName(type).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean containsAny(IntervalSet set, int[] types) {
        for (int t : types) {
            if (set.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static void removeAll(IntervalSet set, int[] types) {
        for (int t : types) {
            set.remove(t);
        }
    }
}
