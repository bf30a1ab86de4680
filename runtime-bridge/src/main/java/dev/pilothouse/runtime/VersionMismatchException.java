package dev.pilothouse.runtime;

/** The server answered but is not a Harper version the bridge supports. */
public final class VersionMismatchException extends HarperException {

    private final String actual;

    public VersionMismatchException(String target, String expected, String actual) {
        super("Harper at " + target + " reports version " + actual + "; Pilothouse needs " + expected + ".x");
        this.actual = actual;
    }

    public String actualVersion() {
        return actual;
    }
}
