package dev.pilothouse.schema.js;

/** Lexical classes of JavaScript tokens, as far as highlighting and the structural checks need them. */
public enum JsTokenType {
    KEYWORD,
    IDENTIFIER,
    PRIVATE_NAME,
    STRING,
    TEMPLATE,
    NUMBER,
    REGEX,
    LINE_COMMENT,
    BLOCK_COMMENT,
    PUNCTUATOR,
    /** A character no JavaScript token starts with; the lexer skips it and reports it. */
    INVALID;

    public boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
