package dev.pilothouse.workspace.deploy;

/** A deploy did not go live; the message says why and what was restored. */
public final class DeployAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeployAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
