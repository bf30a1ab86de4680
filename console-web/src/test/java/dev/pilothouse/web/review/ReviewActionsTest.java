package dev.pilothouse.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The server-side role rules of every review action, over a real governed workspace and its audit log. */
class ReviewActionsTest {

    @TempDir
    Path root;

    private ReviewFixture f;

    @BeforeEach
    void workspace() {
        f = new ReviewFixture(root);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        f.workspace.close();
    }

    @Test
    void aDeveloperCannotApproveRejectDeployOrRollBackAndEachAttemptIsAudited() {
        ReviewFixture.signIn("dev", "ROLE_VIEWER", "ROLE_DEVELOPER");
        String id = f.agentProposal;

        assertThatThrownBy(() -> f.actions.approve(id, "looks fine", true))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("dev may not proposal.approve")
                .hasMessageContaining("approver");
        assertThatThrownBy(() -> f.actions.reject(id, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.actions.mayDeploy(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.actions.mayRollback("deploy/1")).isInstanceOf(AccessDeniedException.class);

        assertThat(f.governance.proposal(id).state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(f.governance.proposal(id).decisions()).isEmpty();
        List<AuditEntry> refused = f.governance.audit().entries().stream()
                .filter(e -> e.action().equals("web.access-refused"))
                .toList();
        assertThat(refused)
                .extracting(e -> e.details().path("action").asText())
                .containsExactly("proposal.approve", "proposal.reject", "deploy", "rollback");
        assertThat(refused).allMatch(e -> e.actor().equals("human:dev"));
        assertThat(refused.get(0).details().path("subject").asText()).isEqualTo(id);
        assertThat(f.governance.verifyAudit().ok()).isTrue();
    }

    @Test
    void anApproverApprovesAsHumanUsernameAndTheWorkspaceRulesStillApply() {
        ReviewFixture.signIn("ada", "ROLE_APPROVER");

        var approved = f.actions.approve(f.agentProposal, "shelves are fine", true);

        assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(approved.decisions()).singleElement().satisfies(d -> {
            assertThat(d.by()).isEqualTo("human:ada");
            assertThat(d.comment()).isEqualTo("shelves are fine");
        });
        // the same approver twice is the workspace's distinct-approvers rule, not a console rule
        assertThatThrownBy(() -> f.actions.approve(f.agentProposal, "again", true))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aConsoleApprovalRecordsTheWebSessionAsItsProof() {
        ReviewFixture.signIn("ada", "ROLE_APPROVER");

        f.actions.approve(f.agentProposal, "shelves are fine", true);

        var entry = f.governance.audit().entries().stream()
                .filter(e -> e.action().equals("proposal.approved"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(entry.actor()).isEqualTo("human:ada");
        assertThat(entry.details().get("proof").get("method").asText()).isEqualTo("web-session");
        assertThat(entry.details().get("proof").get("detail").asText()).startsWith("ada, session");
        assertThat(f.governance.verifyAudit().ok()).isTrue();
    }

    @Test
    void viewersReadButDoNotProposeAndDevelopersProposeAsThemselves() {
        Map<String, String> files = new java.util.LinkedHashMap<>(ReviewFixture.shopFiles());
        files.put("resources.js", files.get("resources.js") + "\n// a comment\n");
        ReviewFixture.signIn("val", "ROLE_VIEWER");
        assertThat(f.actions.proposals()).extracting(p -> p.id()).containsExactly(f.agentProposal);
        assertThatThrownBy(() -> f.actions.propose(files, "comment")).isInstanceOf(AccessDeniedException.class);

        ReviewFixture.signIn("dev", "ROLE_DEVELOPER");
        assertThat(f.actions.propose(files, "comment").author()).isEqualTo("human:dev");
    }

    @Test
    void withoutASignedInUserNothingIsReadable() {
        assertThatThrownBy(() -> f.actions.proposals()).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.recent(1)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("anonymous");
            assertThat(e.action()).isEqualTo("access-refused");
        });
    }

    @Test
    void theReviewHasBothSidesOfEachFileAndTheClassifiedSchemaChanges() {
        ReviewFixture.signIn("val", "ROLE_VIEWER");

        ReviewActions.Review review = f.actions.review(f.agentProposal);

        assertThat(review.before().get("schema.graphql")).doesNotContain("Shelf");
        assertThat(review.after().get("schema.graphql")).contains("type Shelf");
        assertThat(review.schemaChanges()).anySatisfy(c -> assertThat(c.table()).isEqualTo("Shelf"));
    }

    @Test
    void signInsGoIntoTheHashChainedLogAndReadBack() {
        f.audit.record(AuditEvent.now("ada", "sign-in", "ada", Map.of()));
        f.audit.record(AuditEvent.now("anonymous", "sign-in-failed", "mallory", Map.of("reason", "Bad")));

        assertThat(f.governance.audit().entries())
                .extracting(AuditEntry::actor, AuditEntry::action)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple("human:ada", "web.sign-in"),
                        org.assertj.core.groups.Tuple.tuple("anonymous", "web.sign-in-failed"));
        assertThat(f.audit.recent(2))
                .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada", "sign-in", "ada"),
                        org.assertj.core.groups.Tuple.tuple("anonymous", "sign-in-failed", "mallory"));
        assertThat(f.audit.recent(1).get(0).details()).containsEntry("reason", "Bad");
        assertThat(f.governance.verifyAudit().ok()).isTrue();
    }
}
