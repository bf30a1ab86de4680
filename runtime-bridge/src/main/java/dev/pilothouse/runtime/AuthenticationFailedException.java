package dev.pilothouse.runtime;

/** Harper answered 401: the user, password or token was refused. Keeps Harper's own text. */
public final class AuthenticationFailedException extends HarperException {

    private final String serverMessage;

    public AuthenticationFailedException(String target, String serverMessage) {
        super("Harper at " + target + " refused the credentials: " + serverMessage);
        this.serverMessage = serverMessage;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
