package dev.pilothouse.testsupport.cycle.c;

import dev.pilothouse.testsupport.cycle.a.Left;
import dev.pilothouse.testsupport.other.internal.Secret;
import java.net.http.HttpClient;

/** Fixture: uses the cycle without joining it, another module's internals, and an HTTP client. */
public final class Outsider {
    public Left left() {
        return null;
    }

    public Secret secret() {
        return null;
    }

    public HttpClient client() {
        return null;
    }
}
