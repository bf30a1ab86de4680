package dev.pilothouse.schema.internal.parser;

/**
 * One token of a lexed range, in our own terms so callers outside this package never see ANTLR. {@code text} is
 * set for names, punctuation and strings (what context decisions read), null otherwise. Keywords are names: the
 * language lets them be used as names, so only the caller's context decides.
 */
public record LexToken(Kind kind, int start, int end, String text) {

    public enum Kind {
        NAME,
        STRING,
        BLOCK_STRING,
        UNTERMINATED_STRING,
        NUMBER,
        PUNCT,
        COMMENT,
        NEWLINE,
        ERROR
    }

    public boolean is(String punctOrName) {
        return punctOrName.equals(text);
    }

    public boolean isName() {
        return kind == Kind.NAME;
    }
}
