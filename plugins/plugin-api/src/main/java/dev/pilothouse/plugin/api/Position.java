package dev.pilothouse.plugin.api;

/** A span in a file: lines and columns are 1-based, the end column exclusive (as the CLI prints them). */
public record Position(int line, int column, int endLine, int endColumn) {

    public static final Position START = new Position(1, 1, 1, 1);

    public Position {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }
}
