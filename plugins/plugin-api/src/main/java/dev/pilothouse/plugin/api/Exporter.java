package dev.pilothouse.plugin.api;

/** Writes something derived from the app (an API description, docs, client code) as one document. */
public interface Exporter {

    /** The name used on the command line: {@code pilothouse export NAME}. */
    String name();

    String description();

    ExportResult export(ExportInput input);
}
