package dev.pilothouse.schema.config;

/** The value shapes a config.yaml option accepts (harper.md §2). */
public enum ValueShape {
    BOOLEAN("a boolean (true or false)"),
    STRING("a string"),
    /** A glob string, a list of globs, or {@code {source, only, ignore}}. */
    FILES("a glob, a list of globs or {source, only, ignore}"),
    /** A URL path segment; {@code ..} is rejected by Harper. */
    URL_PATH("a URL path string"),
    STRING_LIST("a list of strings"),
    /** A file name or {@code {file, statusCode}}. */
    NOT_FOUND("a file name or {file, statusCode}"),
    ANY("any value");

    private final String description;

    ValueShape(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
