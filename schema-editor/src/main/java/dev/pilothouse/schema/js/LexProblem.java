package dev.pilothouse.schema.js;

/** Something the lexer could not read as written: an unterminated literal or an unknown character. */
public record LexProblem(Kind kind, int start, int end) {

    public enum Kind {
        UNTERMINATED_STRING("string literal"),
        UNTERMINATED_TEMPLATE("template literal"),
        UNTERMINATED_COMMENT("block comment"),
        UNTERMINATED_REGEX("regular expression"),
        INVALID_CHARACTER("character");

        private final String what;

        Kind(String what) {
            this.what = what;
        }

        public String what() {
            return what;
        }
    }
}
