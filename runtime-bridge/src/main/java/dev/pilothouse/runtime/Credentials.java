package dev.pilothouse.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** How the bridge authenticates: Basic user/password, or a bearer operation token. */
public sealed interface Credentials {

    /** The value of the HTTP {@code Authorization} header (also used on WebSocket upgrades). */
    String authorizationHeader();

    /** The user name, when known (MQTT needs one). */
    String username();

    record Basic(String username, String password) implements Credentials {
        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String authorizationHeader() {
            String pair = username + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[" + username + ", password hidden]";
        }
    }

    record Token(String token) implements Credentials {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String authorizationHeader() {
            return "Bearer " + token;
        }

        @Override
        public String username() {
            return "";
        }

        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }
}
