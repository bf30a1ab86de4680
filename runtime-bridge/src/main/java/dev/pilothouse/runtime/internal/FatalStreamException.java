package dev.pilothouse.runtime.internal;

/** A stream failure that reconnecting cannot fix (refused credentials, forbidden or unknown resource). */
public final class FatalStreamException extends Exception {

    public FatalStreamException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }

    public RuntimeException reason() {
        return (RuntimeException) getCause();
    }
}
