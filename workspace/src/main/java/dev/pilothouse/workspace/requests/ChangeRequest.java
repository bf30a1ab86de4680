package dev.pilothouse.workspace.requests;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A boundary change (policy, roles, agent token, plugin trust) asked for by one admin: what, before and after, and
 * where it stands. {@code affects} names the human whose roles it changes, if any: they may neither ask for it nor
 * approve it. {@code loneAdmin} marks a change that applied without a second admin; it stays flagged until another
 * admin acknowledges it.
 */
public record ChangeRequest(
        String id,
        String kind,
        String subject,
        String summary,
        String before,
        String after,
        Map<String, String> payload,
        String affects,
        String requestedBy,
        String requestedProof,
        Instant requestedAt,
        State state,
        String decidedBy,
        String decidedProof,
        Instant decidedAt,
        String reason,
        boolean loneAdmin,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    /** Pending until a second admin approves or anyone rejects; applied changes are in force. */
    public enum State {
        PENDING,
        APPLIED,
        REJECTED
    }

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    /** Applied by a lone admin and not yet acknowledged by a second one: every screen shows it. */
    public boolean flagged() {
        return state == State.APPLIED && loneAdmin && acknowledgedBy == null;
    }

    ChangeRequest decided(State next, String by, String proof, Instant at, String why) {
        return new ChangeRequest(
                id,
                kind,
                subject,
                summary,
                before,
                after,
                payload,
                affects,
                requestedBy,
                requestedProof,
                requestedAt,
                next,
                by,
                proof,
                at,
                why,
                loneAdmin,
                acknowledgedBy,
                acknowledgedAt);
    }

    ChangeRequest appliedByLoneAdmin(Instant at) {
        return new ChangeRequest(
                id,
                kind,
                subject,
                summary,
                before,
                after,
                payload,
                affects,
                requestedBy,
                requestedProof,
                requestedAt,
                State.APPLIED,
                requestedBy,
                requestedProof,
                at,
                null,
                true,
                null,
                null);
    }

    ChangeRequest acknowledged(String by, Instant at) {
        return new ChangeRequest(
                id,
                kind,
                subject,
                summary,
                before,
                after,
                payload,
                affects,
                requestedBy,
                requestedProof,
                requestedAt,
                state,
                decidedBy,
                decidedProof,
                decidedAt,
                reason,
                loneAdmin,
                by,
                at);
    }
}
