package dev.pilothouse.schema.graphql;

import dev.pilothouse.schema.internal.parser.GraphqlParsing;

/** Parses schema.graphql text into our syntax tree, collecting every syntax error rather than the first. */
public final class SchemaSyntax {

    private SchemaSyntax() {}

    public static ParsedSchema parse(String text) {
        return parse(text, ParseLimits.DEFAULT);
    }

    public static ParsedSchema parse(String text, ParseLimits limits) {
        return GraphqlParsing.parse(text, limits);
    }
}
