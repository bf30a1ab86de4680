package dev.pilothouse.workspace.versioning;

import java.time.Instant;

/** An annotated {@code deploy/N} tag: the version that was live from {@code time}, and why (its message). */
public record DeployTag(int number, String commit, String message, Instant time) {

    public static final String PREFIX = "deploy/";

    public String name() {
        return PREFIX + number;
    }
}
