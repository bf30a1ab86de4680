package dev.pilothouse.agent.tools;

import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

/** The two kinds of tool the gateway has: reads, and the one that records a proposal. */
final class Annotations {

    private Annotations() {}

    /** Reads nothing but Pilothouse's own workspace and runtime; changes nothing. */
    static ToolAnnotations read(String title) {
        return new ToolAnnotations(title, true, false, true, false, null);
    }

    /** Adds a proposal (never changes an existing one, the app or the data); calling twice makes two. */
    static ToolAnnotations propose(String title) {
        return new ToolAnnotations(title, false, false, false, false, null);
    }
}
