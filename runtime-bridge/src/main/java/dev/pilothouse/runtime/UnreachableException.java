package dev.pilothouse.runtime;

/** Nothing answered at the address (connection refused, timed out, or not an HTTP server). */
public final class UnreachableException extends HarperException {

    public UnreachableException(String target, Throwable cause) {
        super("No Harper answered at " + target + ": " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String text = cause.getMessage();
        return cause.getClass().getSimpleName() + (text == null ? "" : " (" + text + ")");
    }
}
