package dev.pilothouse.visualizer.timeline;

import dev.pilothouse.visualizer.timeline.AuditRecord.Action;
import dev.pilothouse.visualizer.timeline.AuditRecord.ActorKind;
import dev.pilothouse.visualizer.timeline.AuditRecord.Outcome;
import dev.pilothouse.workspace.audit.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adapts the workspace's hash-chained audit log into timeline records: the life of each change (proposal,
 * validation, approval, deploy, rollback) by its actor. Entries that are not steps of a change (agent tool calls,
 * logins, policy edits) are left out; refusals show as failed steps.
 */
public final class WorkspaceAudit {

    private WorkspaceAudit() {}

    public static List<AuditRecord> records(List<AuditEntry> entries) {
        List<AuditRecord> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            step(e).ifPresent(out::add);
        }
        return out;
    }

    static Optional<AuditRecord> step(AuditEntry e) {
        String action = e.action();
        boolean refused = action.endsWith(".refused");
        String base = refused ? action.substring(0, action.length() - ".refused".length()) : action;
        Action kind;
        Outcome outcome;
        switch (base) {
            case "proposal.created" -> {
                kind = Action.PROPOSAL;
                outcome = Outcome.OK;
            }
            case "validation.completed", "validate" -> {
                kind = Action.VALIDATION;
                outcome = "fail".equals(e.details().path("verdict").asText()) ? Outcome.FAILED : Outcome.OK;
            }
            case "proposal.approved", "approve" -> {
                kind = Action.APPROVAL;
                outcome = Outcome.OK;
            }
            case "proposal.rejected", "reject" -> {
                kind = Action.APPROVAL;
                outcome = Outcome.FAILED;
            }
            case "deploy.started", "rollback.started" -> {
                kind = base.startsWith("deploy") ? Action.DEPLOY : Action.ROLLBACK;
                outcome = Outcome.PENDING;
            }
            case "deploy.live", "deploy.recovered" -> {
                kind = Action.DEPLOY;
                outcome = "rolled-back".equals(e.details().path("outcome").asText()) ? Outcome.FAILED : Outcome.OK;
            }
            case "deploy.rolled-back", "deploy.restore-failed" -> {
                kind = Action.DEPLOY;
                outcome = Outcome.FAILED;
            }
            case "rollback.live" -> {
                kind = Action.ROLLBACK;
                outcome = Outcome.OK;
            }
            case "rollback.rolled-back", "rollback.restore-failed" -> {
                kind = Action.ROLLBACK;
                outcome = Outcome.FAILED;
            }
            default -> {
                if (!refused
                        || !(base.startsWith("deploy")
                                || base.startsWith("rollback")
                                || base.startsWith("propos")
                                || base.startsWith("approv")
                                || base.startsWith("reject")
                                || base.startsWith("validat"))) {
                    return Optional.empty();
                }
                kind = base.startsWith("deploy")
                        ? Action.DEPLOY
                        : base.startsWith("rollback")
                                ? Action.ROLLBACK
                                : base.startsWith("validat")
                                        ? Action.VALIDATION
                                        : base.startsWith("propos") ? Action.PROPOSAL : Action.APPROVAL;
                outcome = Outcome.FAILED;
            }
        }
        if (refused) {
            outcome = Outcome.FAILED;
        }
        return Optional.of(new AuditRecord(e.time(), e.actor(), kindOf(e.actor()), kind, subject(e), outcome));
    }

    private static ActorKind kindOf(String actor) {
        if (actor.startsWith("human:")) {
            return ActorKind.HUMAN;
        }
        return actor.startsWith("agent:") ? ActorKind.AGENT : ActorKind.RUNTIME;
    }

    private static String subject(AuditEntry e) {
        for (String key : new String[] {"id", "proposal", "tag", "to"}) {
            String value = e.details().path(key).asText("");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return e.action();
    }
}
