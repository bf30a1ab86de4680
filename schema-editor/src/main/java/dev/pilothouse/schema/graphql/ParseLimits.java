package dev.pilothouse.schema.graphql;

/**
 * Bounds that keep a hostile or accidental input (a schema pulled from a runtime, a generated file) from exhausting
 * time or stack. Hitting one yields diagnostic PH900 or PH901 instead of a parse.
 */
public record ParseLimits(int maxTokens, int maxDepth, int maxSyntaxErrors) {

    /** Generous for hand-written schemas: a 20,000-line schema has about 150,000 tokens and depth 4. */
    public static final ParseLimits DEFAULT = new ParseLimits(2_000_000, 256, 100);

    public ParseLimits {
        if (maxTokens <= 0 || maxDepth <= 0 || maxSyntaxErrors <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
