package dev.pilothouse.schema.highlight;

/** Semantic token kinds shared by both editors; the CSS class is stable API for themes. */
public enum TokenKind {
    KEYWORD,
    TYPE_NAME,
    BUILTIN_TYPE,
    FIELD_NAME,
    DIRECTIVE,
    ARGUMENT_NAME,
    STRING,
    BLOCK_STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    ENUM_VALUE,
    VARIABLE,
    COMMENT,
    PUNCTUATION,
    IDENTIFIER,
    OPERATOR,
    REGEX,
    TEMPLATE,
    PROPERTY,
    ERROR;

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
