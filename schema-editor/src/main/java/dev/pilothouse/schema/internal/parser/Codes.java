package dev.pilothouse.schema.internal.parser;

/** Syntax diagnostic codes (documented in docs/harper-schema.md). */
final class Codes {
    static final String SYNTAX = "PH100";
    static final String UNTERMINATED_STRING = "PH101";
    static final String UNTERMINATED_BLOCK_STRING = "PH102";
    static final String UNEXPECTED_CHARACTER = "PH103";
    static final String BAD_ESCAPE = "PH104";
    static final String BINARY = "PH105";
    static final String TOKEN_LIMIT = "PH900";
    static final String DEPTH_LIMIT = "PH901";

    private Codes() {}
}
