package dev.pilothouse.schema.edit;

/** An edit that cannot be made as asked; the message names the table and attribute, and nothing was changed. */
public final class SchemaEditException extends RuntimeException {

    public SchemaEditException(String message) {
        super(message);
    }
}
