package dev.pilothouse.runtime;

/** Base of every failure the bridge reports; the message always says what was being done and to what. */
public class HarperException extends RuntimeException {

    public HarperException(String message) {
        super(message);
    }

    public HarperException(String message, Throwable cause) {
        super(message, cause);
    }
}
