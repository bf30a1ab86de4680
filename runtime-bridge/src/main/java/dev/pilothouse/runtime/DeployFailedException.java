package dev.pilothouse.runtime;

/**
 * A deploy was refused or the new version did not come up. {@link #serverMessage()} is Harper's own text;
 * {@link #file()} and {@link #line()} point into the workspace when Harper's text allows it (line 0 = unknown).
 * {@link #previousRestored()} tells whether the version that served before is serving again.
 */
public final class DeployFailedException extends HarperException {

    private final String serverMessage;
    private final String file;
    private final int line;
    private final boolean previousRestored;

    public DeployFailedException(
            String project, String serverMessage, String file, int line, boolean previousRestored) {
        super("Deploy of '" + project + "' failed" + (file == null ? "" : " in " + file + (line > 0 ? ":" + line : ""))
                + ": " + serverMessage + (previousRestored ? " (the previous version is serving)" : ""));
        this.serverMessage = serverMessage;
        this.file = file;
        this.line = line;
        this.previousRestored = previousRestored;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public boolean previousRestored() {
        return previousRestored;
    }
}
