package dev.pilothouse.workspace.proposal;

import java.time.Instant;

/**
 * A human's approval or rejection, bound to the content hash and base it was given for: a later change to either
 * voids it.
 */
public record Decision(String by, boolean approve, String comment, String contentHash, String base, Instant at) {}
