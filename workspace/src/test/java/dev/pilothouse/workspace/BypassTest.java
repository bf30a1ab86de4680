package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOB;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way around the review is refused with the rule that refused it, and the attempt is audited. */
class BypassTest {

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
    void selfApprovalIsRefused() {
        Proposal p = fx.propose(ADA, resources("mine"));
        fx.gov.validate(p.id(), "human:ada");
        refusedAndAudited(() -> fx.gov.approve(p.id(), proved(ADA), null, true), "no-self-approval", "human:ada");
    }

    @Test
    void agentApprovingIsRefused() {
        Proposal p = fx.propose(ADA, resources("v2"));
        fx.gov.validate(p.id(), "human:ada");
        refusedAndAudited(() -> fx.gov.approve(p.id(), proved(BOT), null, true), "agents-never-approve", "agent:bot");
    }

    @Test
    void agentDeployingIsRefused() {
        Proposal p = fx.approved(resources("v2"));
        refusedAndAudited(() -> fx.gov.deploy(p.id(), proved(BOT)), "agents-never-deploy", "agent:bot");
        refusedAndAudited(() -> fx.gov.deployHead(Fixture.proved(BOT)), "agents-never-deploy", "agent:bot");
        assertThat(runtime.deploys).isZero();
    }

    @Test
    void approvalReplayedAfterTheContentChangedIsRefused() {
        Proposal p = fx.approved(resources("reviewed"));
        try (Versioning git = Versioning.open(fx.dir)) {
            git.commit(
                    p.branch(), p.commit(), Map.of("resources.js", resources("swapped after review")), "sneaky", BOT);
        }
        refusedAndAudited(() -> fx.gov.deploy(p.id(), proved(ADA)), "content-bound", "human:ada");
        assertThat(runtime.deploys).isZero();
    }

    @Test
    void expiredApprovalIsRefusedAndTheProposalExpires() {
        Proposal p = fx.approved(resources("v2"));
        fx.clock.advance(Duration.ofHours(25));
        refusedAndAudited(() -> fx.gov.deploy(p.id(), proved(ADA)), "approval-expired", "human:ada");
        assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.EXPIRED);
    }

    @Test
    void proposalTouchingAProtectedAttributeIsRefused() {
        fx.gov.protect("Item.quantity", proved(ADA));
        refusedAndAudited(
                () -> fx.gov.propose(
                        Map.of(
                                "schema.graphql",
                                "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n  quantity: Float\n}\n"),
                        BOT,
                        "widen quantity",
                        Optional.empty()),
                "protected-primitive",
                "agent:bot");
        assertThat(fx.gov.proposals()).isEmpty();
    }

    @Test
    void protectionAddedAfterApprovalStillBlocksTheDeploy() {
        Proposal p = fx.gov.propose(
                Map.of(
                        "schema.graphql",
                        "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n  quantity: Int\n"
                                + "  note: String\n}\n"),
                BOT,
                "add note",
                Optional.empty());
        fx.gov.validate(p.id(), "human:ada");
        fx.gov.approve(p.id(), proved(ADA), null, true);
        fx.gov.protect("Item", proved(BOB));
        refusedAndAudited(() -> fx.gov.deploy(p.id(), proved(ADA)), "protected-primitive", "human:ada");
    }

    @Test
    void agentCannotChangeThePolicy() {
        refusedAndAudited(() -> fx.gov.unprotect("Item", proved(BOT)), "humans-own-policy", "agent:bot");
    }

    @Test
    void agentCannotUpdateThePolicyAndAnUnchangedUpdateIsRefused() {
        var policy = fx.gov.policy();
        refusedAndAudited(
                () -> fx.gov.updatePolicy(
                        policy.withShadow(dev.pilothouse.workspace.policy.ShadowMode.OFF, 5), proved(BOT)),
                "humans-own-policy",
                "agent:bot");
        refusedAndAudited(() -> fx.gov.updatePolicy(policy, proved(ADA)), "policy-unchanged", "human:ada");
        refusedAndAudited(
                () -> fx.gov.updatePolicy(policy.protect("Item.price; DROP"), proved(ADA)),
                "primitive-format",
                "human:ada");
        assertThat(fx.gov.policy()).isEqualTo(policy);
    }

    @Test
    void aHumansPolicyUpdateIsSavedAndItsAuditEntryNamesWhatChanged() {
        var before = fx.gov.policy();
        var next = new dev.pilothouse.workspace.policy.Policy(
                java.util.List.of("Item"),
                1,
                java.time.Duration.ofHours(4),
                before.protectionMarker(),
                before.auditCheckpointEvery(),
                "off",
                7,
                0,
                false);

        fx.gov.updatePolicy(next, proved(ADA));

        assertThat(fx.gov.policy()).isEqualTo(next);
        var entry = fx.gov.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("policy.update");
        assertThat(entry.actor()).isEqualTo("human:ada");
        assertThat(entry.details().path("breakingApprovals").asText()).isEqualTo(before.breakingApprovals() + " -> 1");
        assertThat(entry.details().path("protected").asText()).isEqualTo("[] -> [Item]");
        assertThat(entry.details().path("shadowDeploy").asText()).endsWith("-> off");
        assertThat(entry.details().has("protectionMarker")).isFalse();
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }

    @Test
    void pathTraversalIsRefused() {
        refusedAndAudited(
                () -> fx.gov.propose(Map.of("../../etc/cron.d/x", "boom"), BOT, "escape", Optional.empty()),
                "path-traversal",
                "agent:bot");
    }

    @Test
    void filesOtherThanTheAppsAreRefused() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("from"));
        Files.writeString(from.resolve("resources.js"), resources("v2"));
        Files.writeString(from.resolve("deploy.sh"), "rm -rf /");
        refusedAndAudited(() -> fx.gov.propose(from, BOT, "extra", Optional.empty()), "app-files-only", "agent:bot");
    }

    @Test
    void fiftyMegabyteFileIsRefused() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("big"));
        Files.write(from.resolve("resources.js"), new byte[50 * 1024 * 1024]);
        refusedAndAudited(() -> fx.gov.propose(from, BOT, "big", Optional.empty()), "file-size-limit", "agent:bot");
    }

    @Test
    void proposalOnAStaleBaseIsRefusedUntilRebasedAndRevalidated() {
        Proposal first = fx.approved(resources("first"));
        Proposal second = fx.propose(BOT, resources("second"));
        fx.gov.validate(second.id(), "human:ada");
        fx.gov.deploy(first.id(), proved(ADA));

        refusedAndAudited(() -> fx.gov.approve(second.id(), proved(ADA), null, true), "stale-base", "human:ada");

        Proposal rebased = fx.gov.rebase(second.id(), ADA);
        assertThat(rebased.state()).isEqualTo(ProposalState.OPEN);
        fx.gov.validate(second.id(), "human:ada");
        assertThat(fx.gov.approve(second.id(), proved(ADA), null, true).state()).isEqualTo(ProposalState.APPROVED);
        assertThat(fx.gov.deploy(second.id(), proved(ADA))).isEqualTo("deploy/2");
    }

    @Test
    void approvalGivenBeforeAnotherDeployDoesNotCarryOver() {
        Proposal first = fx.approved(resources("first"));
        Proposal second = fx.approved(resources("second"));
        fx.gov.deploy(first.id(), proved(ADA));
        refusedAndAudited(() -> fx.gov.deploy(second.id(), proved(ADA)), "stale-base", "human:ada");
    }

    @Test
    void secondDeployWhileOneIsInFlightIsRefused() {
        Proposal first = fx.approved(resources("first"));
        Proposal[] nested = new Proposal[1];
        fx.restart(step -> {
            if (nested[0] == null) {
                nested[0] = first;
                try (Governance other = fx.open(dev.pilothouse.workspace.deploy.CrashPoint.NONE)) {
                    assertThatThrownBy(() -> other.deploy(first.id(), proved(ADA)))
                            .isInstanceOfSatisfying(
                                    Refusal.class, r -> assertThat(r.rule()).isEqualTo("one-deploy-at-a-time"));
                }
            }
        });
        assertThat(fx.gov.deploy(first.id(), proved(ADA))).isEqualTo("deploy/1");
        assertThat(nested[0]).isNotNull();
    }

    private void refusedAndAudited(ThrowingCallable action, String rule, String actor) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo(rule));
        AuditEntry last = fx.lastAudit();
        assertThat(last.action()).endsWith(".refused");
        assertThat(last.actor()).isEqualTo(actor);
        assertThat(last.details().path("rule").asText()).isEqualTo(rule);
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }
}
