package dev.pilothouse.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.proposal.ProposalStore;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import dev.pilothouse.workspace.versioning.Versioning;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** What every governed action of one workspace works with. */
record Context(
        Path dir,
        PilothouseHome home,
        Versioning git,
        AuditLog audit,
        PolicyStore policy,
        ProposalStore proposals,
        Clock clock,
        Optional<RuntimeTarget> runtime,
        CrashPoint crash,
        Optional<ShadowCheck> shadow) {

    Path state() {
        return home.workspaceState(dir);
    }

    ObjectNode details() {
        return JsonNodeFactory.instance.objectNode().put("workspace", dir.toString());
    }

    /** The details of a human's governance action: the workspace and how the actor was proved. */
    ObjectNode details(Actor actor) {
        ObjectNode details = details();
        details.set("proof", actor.proof().toJson());
        return details;
    }

    /** Runs an action; a refusal is audited as {@code action.refused} with its rule before it propagates. */
    <T> T audited(String actor, String action, ObjectNode details, Supplier<T> body) {
        try {
            return body.get();
        } catch (Refusal refusal) {
            audit.append(
                    actor,
                    action + ".refused",
                    details.deepCopy().put("rule", refusal.rule()).put("reason", refusal.getMessage()));
            throw refusal;
        }
    }

    static void requireHuman(Identity who, String rule, String what) {
        if (!who.isHuman()) {
            throw new Refusal(rule, who + " is an agent; agents never " + what + " (only human:NAME identities may)");
        }
    }
}
