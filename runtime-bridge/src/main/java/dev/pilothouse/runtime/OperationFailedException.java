package dev.pilothouse.runtime;

/**
 * Harper refused an operation or REST call. {@link #serverMessage()} is Harper's own text (the {@code error} field
 * of an operations-API body, or the JSON string of a REST error), unaltered, so consoles can show it.
 */
public final class OperationFailedException extends HarperException {

    private final String operation;
    private final int status;
    private final String serverMessage;

    public OperationFailedException(String operation, int status, String serverMessage) {
        super("Harper refused '" + operation + "' (HTTP " + status + "): " + serverMessage);
        this.operation = operation;
        this.status = status;
        this.serverMessage = serverMessage;
    }

    public String operation() {
        return operation;
    }

    public int status() {
        return status;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
