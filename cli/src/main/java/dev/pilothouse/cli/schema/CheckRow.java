package dev.pilothouse.cli.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** One reported problem, built-in or from a plugin rule, as {@code schema check} prints it. */
record CheckRow(
        Path file, int line, int column, int endLine, int endColumn, String severity, String code, String message) {

    static CheckRow of(Path file, Diagnostic d) {
        return new CheckRow(
                file,
                d.range().startLine(),
                d.range().startColumn(),
                d.range().endLine(),
                d.range().endColumn(),
                d.severity().label(),
                d.code(),
                d.message());
    }

    String toText() {
        return String.format("%s:%d:%d: %s %s %s", file, line, column, severity, code, message);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("line", line);
        m.put("column", column);
        m.put("endLine", endLine);
        m.put("endColumn", endColumn);
        m.put("severity", severity);
        m.put("code", code);
        m.put("message", message);
        return m;
    }
}
