package dev.pilothouse.runtime;

/** The pair {@code create_authentication_tokens} returns (operation token: 1 day; refresh token: 30 days). */
public record Tokens(String operationToken, String refreshToken) {

    @Override
    public String toString() {
        return "Tokens[hidden]";
    }
}
