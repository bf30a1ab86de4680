package dev.pilothouse.cli.schema;

/** How commands print results. */
public enum OutputFormat {
    TEXT,
    JSON
}
