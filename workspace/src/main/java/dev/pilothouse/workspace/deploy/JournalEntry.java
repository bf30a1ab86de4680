package dev.pilothouse.workspace.deploy;

import java.time.Instant;

/**
 * The deploy in flight, written before each step so a console that dies mid-deploy can finish or undo it on
 * restart. {@code previousCommit} is the version live before (null for a first deploy).
 */
public record JournalEntry(
        String id,
        String kind,
        String proposalId,
        String targetCommit,
        String previousTag,
        String previousCommit,
        String actor,
        String tagMessage,
        Step step,
        Instant started) {

    /** Steps in order; a journal at VERIFIED completes on recovery, anything earlier rolls back. */
    public enum Step {
        PREPARED,
        APPLIED,
        VERIFIED
    }

    public JournalEntry at(Step next) {
        return new JournalEntry(
                id, kind, proposalId, targetCommit, previousTag, previousCommit, actor, tagMessage, next, started);
    }
}
