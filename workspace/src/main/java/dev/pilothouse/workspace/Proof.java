package dev.pilothouse.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * How an identity was proved: by the process's OS account ({@code uid=0(root)}) or by a web console session
 * ({@code alice, session signed in at ...}). Every governance audit entry carries one.
 */
public record Proof(Method method, String detail) {

    public enum Method {
        OS_ACCOUNT,
        WEB_SESSION
    }

    public Proof {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(detail, "detail");
    }

    public static Proof webSession(String user, Instant signedInAt) {
        return new Proof(Method.WEB_SESSION, user + ", session signed in at " + signedInAt);
    }

    /** The {@code proof} object of an audit entry's details. */
    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("method", label()).put("detail", detail);
    }

    public String label() {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label() + " " + detail;
    }
}
