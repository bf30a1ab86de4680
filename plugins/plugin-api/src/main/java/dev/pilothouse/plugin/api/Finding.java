package dev.pilothouse.plugin.api;

import java.util.Objects;

/**
 * One problem a lint rule found. {@code code} is the plugin's own (for example {@code NAMING001}); codes starting
 * with {@code PH} belong to Pilothouse and are refused by the host.
 */
public record Finding(String code, Severity severity, Position position, String message) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
