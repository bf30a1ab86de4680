package dev.pilothouse.visualizer.timeline;

import java.time.Instant;
import java.util.Locale;

/**
 * One audited step, as the timeline needs it: when, who (and what kind of actor), what was done to which subject,
 * and how it ended. The workspace's audit log and the runtime's audit entries are adapted into this.
 */
public record AuditRecord(
        Instant time, String actor, ActorKind actorKind, Action action, String subject, Outcome outcome) {

    /** Who acts: people, agents, or the runtime itself. Lanes are grouped in this order. */
    public enum ActorKind {
        HUMAN,
        AGENT,
        RUNTIME
    }

    /** The steps of a change's life, plus plain data writes seen in the runtime's audit log. */
    public enum Action {
        PROPOSAL,
        VALIDATION,
        APPROVAL,
        DEPLOY,
        ROLLBACK,
        WRITE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the step ended. */
    public enum Outcome {
        OK,
        FAILED,
        PENDING
    }
}
