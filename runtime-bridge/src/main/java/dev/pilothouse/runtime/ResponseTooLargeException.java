package dev.pilothouse.runtime;

/**
 * Harper's answer to an operation was larger than the client's limit; the rest of it was not read. Raise the limit
 * with {@code -Dpilothouse.harper.maxResponseBytes=N} or {@link HarperClient#HarperClient(HarperEndpoint,
 * java.net.http.HttpClient, long)}, or ask for less (a limit, a narrower search).
 */
public class ResponseTooLargeException extends HarperException {

    private final String operation;
    private final long limit;

    public ResponseTooLargeException(String operation, String target, long limit) {
        super("Harper's answer to '" + operation + "' at " + target + " is larger than the limit of " + limit
                + " bytes; it was not read (ask for less, or raise -D" + HarperClient.MAX_RESPONSE_PROPERTY + ")");
        this.operation = operation;
        this.limit = limit;
    }

    public String operation() {
        return operation;
    }

    public long limit() {
        return limit;
    }
}
