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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No deploy without a second person, unless solo mode is on; and every human action records its proof. */
class SoloModeTest {

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
    void deployHeadOutsideSoloModeIsRefusedAndNothingIsCommittedOrDeployed() throws Exception {
        String head = fx.gov.history(1).get(0).id();
        Files.writeString(fx.dir.resolve("resources.js"), resources("edited"));

        assertThatThrownBy(() -> fx.gov.deployHead(proved(ADA))).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.rule()).isEqualTo("no-deploy-without-approval");
            assertThat(r.getMessage()).contains("propose --working-tree", "--solo-mode on");
        });

        assertThat(fx.gov.soloMode()).isFalse();
        assertThat(fx.gov.history(1).get(0).id()).isEqualTo(head);
        assertThat(fx.gov.deployTags()).isEmpty();
        assertThat(runtime.live).isNullOrEmpty();
        assertThat(fx.lastAudit().action()).isEqualTo("deploy-head.refused");
    }

    @Test
    void theWorkingTreeIsProposedInsteadAndAnotherHumanApproves() throws Exception {
        Files.writeString(fx.dir.resolve("resources.js"), resources("edited"));
        Files.writeString(fx.dir.resolve("notes.txt"), "not part of the app");

        Proposal p = fx.gov.proposeWorkingTree(ADA, "Edited in place", Optional.empty());
        fx.gov.validate(p.id(), "human:ada");
        assertThatThrownBy(() -> fx.gov.approve(p.id(), proved(ADA), null, true))
                .isInstanceOf(Refusal.class);
        fx.gov.approve(p.id(), proved(BOB), null, true);
        assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        r -> assertThat(r.getMessage()).contains("notes.txt").doesNotContain("resources.js"));
        Files.delete(fx.dir.resolve("notes.txt"));

        assertThat(fx.gov.deploy(p.id(), proved(ADA))).isEqualTo("deploy/1");
        assertThat(runtime.live.get("resources.js")).contains("edited");
        assertThat(fx.gov.files("deploy/1")).doesNotContainKey("notes.txt");
    }

    @Test
    void inSoloModeDeployHeadCommitsOnlyTheAppFiles() throws Exception {
        fx.gov.updatePolicy(fx.gov.policy().withSoloMode(true), proved(ADA));
        assertThat(fx.gov.soloMode()).isTrue();
        assertThat(fx.lastAudit().details().get("soloMode").asText()).isEqualTo("false -> true");
        Files.writeString(fx.dir.resolve("resources.js"), resources("edited"));
        Files.writeString(fx.dir.resolve("stray.txt"), "a file an agent left here");

        String diff = fx.gov.headDiff(ADA);
        assertThat(diff).contains("resources.js", "edited").doesNotContain("stray");
        assertThat(fx.gov.deployHead(proved(ADA))).isEqualTo("deploy/1");

        assertThat(fx.gov.files("deploy/1")).doesNotContainKey("stray.txt").containsKey("resources.js");
        assertThat(fx.gov.files("main").get("resources.js")).contains("edited");
        assertThat(fx.gov.files("main")).doesNotContainKey("stray.txt");
        assertThat(runtime.live.get("resources.js")).contains("edited");
        assertThat(Files.readString(fx.dir.resolve("stray.txt"))).isEqualTo("a file an agent left here");
        assertThatThrownBy(() -> fx.gov.deployHead(proved(BOT)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("agents-never-deploy"));
    }

    @Test
    void everyHumanGovernanceEntryRecordsHowTheActorWasProved() {
        Proposal p = fx.approved(resources("v2"));
        fx.gov.deploy(p.id(), new Actor(BOB, Proof.webSession("bob", java.time.Instant.parse("2026-01-02T03:04:05Z"))));
        fx.gov.protect("Item", proved(ADA));

        for (AuditEntry e : fx.gov.audit().entries()) {
            if (e.action().matches("proposal\\.approved|approval|deploy\\.started|deploy|policy\\..*")) {
                assertThat(e.details().has("proof")).as(e.action()).isTrue();
            }
        }
        AuditEntry started = fx.gov.audit().entries().stream()
                .filter(e -> e.action().equals("deploy.started"))
                .findFirst()
                .orElseThrow();
        assertThat(started.details().get("proof").get("method").asText()).isEqualTo("web-session");
        assertThat(started.details().get("proof").get("detail").asText())
                .isEqualTo("bob, session signed in at 2026-01-02T03:04:05Z");
        assertThat(fx.lastAudit().details().get("proof").get("method").asText()).isEqualTo("os-account");
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }
}
