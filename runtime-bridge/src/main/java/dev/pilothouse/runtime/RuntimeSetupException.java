package dev.pilothouse.runtime;

/** The local runtime could not be installed, started or stopped (missing Node/npm, registry down, no terms...). */
public final class RuntimeSetupException extends HarperException {

    public RuntimeSetupException(String message) {
        super(message);
    }

    public RuntimeSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
