package dev.pilothouse.visualizer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.visualizer.timeline.AuditRecord.Action;
import dev.pilothouse.visualizer.timeline.AuditRecord.ActorKind;
import dev.pilothouse.visualizer.timeline.AuditRecord.Outcome;
import dev.pilothouse.workspace.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceAuditTest {

    private static AuditEntry entry(long seq, String actor, String action, ObjectNode details) {
        return new AuditEntry(
                seq,
                Instant.parse("2026-11-22T09:00:00Z").plusSeconds(seq * 60),
                actor,
                action,
                details,
                AuditEntry.GENESIS,
                AuditEntry.GENESIS);
    }

    private static ObjectNode details() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Test
    void lifeOfAChangeBecomesStepsInTheActorsLanes() {
        List<AuditRecord> records = WorkspaceAudit.records(List.of(
                entry(1, "agent:bot", "proposal.created", details().put("id", "p1")),
                entry(2, "agent:bot", "agent.tool", details().put("tool", "describe_app")),
                entry(
                        3,
                        "human:ana",
                        "validation.completed",
                        details().put("id", "p1").put("verdict", "pass")),
                entry(4, "human:ana", "proposal.approved", details().put("id", "p1")),
                entry(5, "human:ana", "deploy.live", details().put("id", "p1").put("tag", "deploy/1")),
                entry(6, "human:ana", "rollback.live", details().put("tag", "deploy/2"))));

        assertThat(records)
                .extracting(AuditRecord::action)
                .containsExactly(Action.PROPOSAL, Action.VALIDATION, Action.APPROVAL, Action.DEPLOY, Action.ROLLBACK);
        assertThat(records.get(0).actorKind()).isEqualTo(ActorKind.AGENT);
        assertThat(records.get(3).actorKind()).isEqualTo(ActorKind.HUMAN);
        assertThat(records.get(3).subject()).isEqualTo("p1");
        assertThat(records).allMatch(r -> r.outcome() == Outcome.OK);
    }

    @Test
    void refusalsAndFailedValidationsShowAsFailedSteps() {
        List<AuditRecord> records = WorkspaceAudit.records(List.of(
                entry(
                        1,
                        "agent:bot",
                        "approval.refused",
                        details().put("id", "p1").put("rule", "agents-never-approve")),
                entry(
                        2,
                        "human:ana",
                        "validation.completed",
                        details().put("id", "p2").put("verdict", "fail")),
                entry(3, "system:recovery", "deploy.recovered", details().put("outcome", "rolled-back"))));

        assertThat(records)
                .extracting(AuditRecord::action, AuditRecord::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.APPROVAL, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(Action.VALIDATION, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(Action.DEPLOY, Outcome.FAILED));
        assertThat(records.get(2).actorKind()).isEqualTo(ActorKind.RUNTIME);
    }
}
