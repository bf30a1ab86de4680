package dev.pilothouse.plugin.host;

import java.time.Instant;

/** One allow-listed plugin jar: its SHA-256, the file name it had, who allowed it and when. */
public record TrustedJar(String sha256, String name, String allowedBy, Instant allowedAt) {}
