package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOB;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.versioning.DeployTag;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceLifecycleTest {

    @TempDir
    Path tmp;

    private FakeRuntime runtime;
    private Fixture fx;

    @BeforeEach
    void workspace() {
        runtime = new FakeRuntime();
        fx = new Fixture(tmp, runtime);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void approvedProposalDeploysAsAnAnnotatedTagNamingApproverAndValidation() {
        Proposal p = fx.propose(BOT, resources("v2"));
        assertThat(p.state()).isEqualTo(ProposalState.OPEN);
        assertThat(p.files()).containsExactly("resources.js");

        Proposal validated = fx.gov.validate(p.id(), "human:ada");
        assertThat(validated.state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(validated.validation())
                .extracting(ValidationStep::name)
                .containsExactly("diagnostics", "semantic-diff", "policy", "live-evidence", "shadow-deploy");
        assertThat(validated.verdict()).isNotEqualTo(Verdict.FAIL);

        assertThat(fx.gov.approve(p.id(), proved(ADA), "ship it", true).state()).isEqualTo(ProposalState.APPROVED);
        String tag = fx.gov.deploy(p.id(), proved(ADA));

        assertThat(tag).isEqualTo("deploy/1");
        assertThat(runtime.live.get("resources.js")).contains("v2");
        DeployTag deployed = fx.gov.deployTags().get(0);
        assertThat(deployed.message())
                .contains(
                        "Approved-by: human:ada",
                        "\"ship it\"",
                        "Validated: diagnostics",
                        "Author: agent:bot",
                        "Content-Hash: " + p.contentHash(),
                        "Audit-Checkpoint: ");
        assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.DEPLOYED);
        assertThat(fx.gov.history(5).get(0).tags()).containsExactly("deploy/1");
        assertThat(fx.gov.audit().entries())
                .extracting(AuditEntry::action)
                .containsSubsequence(
                        "proposal.created",
                        "validation.completed",
                        "proposal.approved",
                        "deploy.started",
                        "deploy.live");
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }

    @Test
    void rollbackRestoresThePreviousDeployAsANewTag() {
        fx.gov.deploy(fx.approved(resources("v2")).id(), proved(ADA));
        Proposal second = fx.approved(resources("v3"));
        fx.gov.deploy(second.id(), proved(ADA));
        assertThat(runtime.live.get("resources.js")).contains("v3");

        String tag = fx.gov.rollback(Optional.empty(), proved(BOB));

        assertThat(tag).isEqualTo("deploy/3");
        assertThat(runtime.live.get("resources.js")).contains("v2");
        assertThat(fx.gov.deployTags().get(2).message()).contains("Roll back to deploy/1");
        assertThat(fx.gov.proposal(second.id()).state()).isEqualTo(ProposalState.ROLLED_BACK);
        assertThat(fx.lastAudit().action()).isEqualTo("rollback.live");
    }

    @Test
    void eachDeployIsToldTheFilesOfThePreviousDeployAndTheRestoreNothing() {
        Proposal first = fx.approved(resources("v2"));
        fx.gov.deploy(first.id(), proved(ADA));
        Map<String, String> deploy1 =
                new java.util.HashMap<>(fx.gov.files(fx.gov.deployTags().get(0).commit()));
        deploy1.keySet().retainAll(AppFiles.ALL);
        runtime.failVerifyWhenResourcesContain = "broken";
        Proposal bad = fx.approved(resources("broken"));
        assertThatThrownBy(() -> fx.gov.deploy(bad.id(), proved(ADA))).isInstanceOf(DeployAbortedException.class);

        assertThat(runtime.expectedLive).hasSize(3);
        assertThat(runtime.expectedLive.get(0))
                .as("a first deploy knows nothing live")
                .isEmpty();
        assertThat(runtime.expectedLive.get(1))
                .as("the deploy after deploy/1")
                .isEqualTo(deploy1)
                .containsEntry("resources.js", resources("v2"))
                .containsOnlyKeys(AppFiles.ALL);
        assertThat(runtime.expectedLive.get(2)).as("the restore of deploy/1").isNull();
    }

    @Test
    void failedVerificationRollsBackToThePreviousDeployAutomatically() {
        Proposal first = fx.approved(resources("v2"));
        fx.gov.deploy(first.id(), proved(ADA));
        String headBefore = fx.gov.history(1).get(0).id();
        runtime.failVerifyWhenResourcesContain = "broken";
        Proposal bad = fx.approved(resources("broken"));

        assertThatThrownBy(() -> fx.gov.deploy(bad.id(), proved(ADA)))
                .isInstanceOf(DeployAbortedException.class)
                .hasMessageContaining("answers 500")
                .hasMessageContaining("restored deploy/1");

        assertThat(runtime.live.get("resources.js")).contains("v2");
        assertThat(fx.gov.deployTags()).hasSize(1);
        assertThat(fx.gov.history(1).get(0).id()).isEqualTo(headBefore);
        assertThat(fx.gov.proposal(bad.id()).state()).isEqualTo(ProposalState.ROLLED_BACK);
        assertThat(fx.lastAudit().action()).isEqualTo("deploy.rolled-back");
    }

    @Test
    void breakingChangeNeedsTwoDistinctApprovers() {
        Proposal p = fx.gov.propose(
                Map.of(
                        "schema.graphql",
                        "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n}\n"),
                BOT,
                "Drop quantity",
                Optional.empty());
        Proposal validated = fx.gov.validate(p.id(), "human:ada");
        assertThat(validated.classification()).isEqualTo("breaking");
        assertThat(validated.validation().get(3).output()).contains("42 records");

        assertThat(fx.gov.approvalCount(p.id())).isEqualTo(new dev.pilothouse.workspace.proposal.ApprovalCount(0, 2));
        assertThat(fx.gov.approve(p.id(), proved(ADA), null, true).state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(fx.gov.approvalCount(p.id())).satisfies(c -> {
            assertThat(c.valid()).isEqualTo(1);
            assertThat(c.missing()).isEqualTo(1);
            assertThat(c.enough()).isFalse();
        });
        assertThatThrownBy(() -> fx.gov.approve(p.id(), proved(ADA), null, true))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("distinct-approvers"));
        assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("must-be-approved"));
        assertThat(fx.gov.approve(p.id(), proved(BOB), null, true).state()).isEqualTo(ProposalState.APPROVED);
        assertThat(fx.gov.approvalCount(p.id()).enough()).isTrue();
        assertThat(fx.gov.deploy(p.id(), proved(ADA))).isEqualTo("deploy/1");
    }

    @Test
    void liveEvidenceCountsRecordsTheNewSchemaWouldRefuse() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        runtime.records = java.util.List.of(
                json.readTree("{\"quantity\": 3}"), json.readTree("{\"quantity\": null}"), json.readTree("{}"));
        Proposal p = fx.gov.propose(
                Map.of(
                        "schema.graphql",
                        "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n  quantity: Int!\n}\n"),
                BOT,
                "Quantity is required",
                Optional.empty());
        ValidationStep evidence =
                fx.gov.validate(p.id(), "human:ada").validation().get(3);
        assertThat(evidence.name()).isEqualTo("live-evidence");
        assertThat(evidence.output()).contains("Item.quantity: 2 of 3 records would violate the required Int");
        assertThat(evidence.verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void schemaErrorsFailValidationAndBlockApproval() {
        Proposal p = fx.gov.propose(
                Map.of("schema.graphql", "type Item @table {\n  id: ID @primaryKey\n"),
                BOT,
                "Half a type",
                Optional.empty());
        Proposal validated = fx.gov.validate(p.id(), "human:ada");
        assertThat(validated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(validated.validation().get(0).output()).startsWith("schema.graphql:");
        assertThatThrownBy(() -> fx.gov.approve(p.id(), proved(ADA), null, true))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("validation-must-pass"));
    }

    @Test
    void anyTwoVersionsCompareAsTextAndAsClassifiedSchemaChanges() {
        Proposal p = fx.gov.propose(
                Map.of(
                        "schema.graphql",
                        "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n}\n"),
                BOT,
                "Drop quantity",
                Optional.empty());
        fx.gov.validate(p.id(), "human:ada");
        fx.gov.approve(p.id(), proved(ADA), null, true);
        fx.gov.approve(p.id(), proved(BOB), null, true);
        fx.gov.deploy(p.id(), proved(ADA));
        String first = fx.gov.history(5).get(1).id();

        Comparison comparison = fx.gov.compare(first, "deploy/1");

        assertThat(comparison.text()).contains("-  quantity: Int");
        assertThat(comparison.before().get("schema.graphql")).contains("quantity: Int");
        assertThat(comparison.after().get("schema.graphql"))
                .doesNotContain("quantity")
                .isEqualTo(fx.gov.files("deploy/1").get("schema.graphql"));
        assertThat(comparison.schemaChanges()).singleElement().satisfies(c -> {
            assertThat(c.attribute()).isEqualTo("quantity");
            assertThat(c.classification().label()).isEqualTo("breaking");
        });
        assertThatThrownBy(() -> fx.gov.compare("deploy/9", "main"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("unknown-version"));
    }

    @Test
    void workspaceCanBeCreatedFromTheFilesARuntimeServes() {
        fx.deployHeadSolo();
        Path copy = tmp.resolve("from-runtime");
        WorkspaceInit.init(copy, runtime.appFiles(), "fake runtime component app", ADA, fx.home);
        try (var git = dev.pilothouse.workspace.versioning.Versioning.open(copy)) {
            assertThat(git.files(git.head()).get("schema.graphql")).contains("type Item");
        }
        assertThatThrownBy(() -> WorkspaceInit.init(
                        tmp.resolve("partial"), Map.of("config.yaml", "rest: true\n"), "x", ADA, fx.home))
                .hasMessageContaining("schema.graphql");
    }

    @Test
    void rejectedProposalCannotBeApprovedLater() {
        Proposal p = fx.propose(BOT, resources("v2"));
        fx.gov.validate(p.id(), "human:ada");
        assertThat(fx.gov.reject(p.id(), proved(ADA), "not now").state()).isEqualTo(ProposalState.REJECTED);
        assertThatThrownBy(() -> fx.gov.approve(p.id(), proved(BOB), null, true))
                .isInstanceOf(Refusal.class);
        assertThat(fx.lastAudit().action()).isEqualTo("approval.refused");
    }

    @Test
    void newProposalSupersedesAnOpenOne() {
        Proposal first = fx.propose(BOT, resources("v2"));
        Proposal second =
                fx.gov.propose(Map.of("resources.js", resources("v2b")), BOT, "Better", Optional.of(first.id()));
        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(fx.gov.proposal(first.id()).state()).isEqualTo(ProposalState.SUPERSEDED);
    }

    @Test
    void deployHeadCommitsTheHumansEditsAndDeploysThem() throws Exception {
        java.nio.file.Files.writeString(fx.dir.resolve("resources.js"), resources("edited"));
        assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
        assertThat(runtime.live.get("resources.js")).contains("edited");
        assertThat(fx.gov.history(1).get(0).author()).isEqualTo("human:ada");
    }
}
