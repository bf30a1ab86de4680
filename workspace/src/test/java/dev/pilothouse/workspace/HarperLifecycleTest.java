package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOB;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.JournalEntry;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole governed path against a real Harper 4.7.29. */
class HarperLifecycleTest {

    private static final String WITH_NOTE = "type Item @table @export {\n  id: ID @primaryKey\n"
            + "  name: String @indexed\n  quantity: Int\n  note: String\n}\n";
    private static final String STATUS_V2 = "import { Resource } from 'harperdb';\n\n"
            + "export class Status extends Resource {\n  static loadAsInstance = false;\n\n  get(target) {\n    return { status: 'ok', version: 2 };\n  }\n}\n";

    @TempDir
    Path tmp;

    @Test
    void harperKilledMidDeployIsRolledBackOnceItAnswersAgain() {
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
            Proposal p = fx.approved(STATUS_V2);
            fx.restart(step -> {
                if (step == JournalEntry.Step.PREPARED) {
                    WorkspaceHarper.runtime().stop();
                }
            });

            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                    .isInstanceOf(DeployAbortedException.class)
                    .hasMessageContaining("the journal is kept");
            assertThat(fx.home.workspaceState(fx.dir).resolve("deploy-journal.json"))
                    .exists();

            WorkspaceHarper.restart();
            try (Governance after = Governance.at(fx.dir, fx.home)
                    .clock(fx.clock)
                    .runtime(WorkspaceHarper.target("pilothouse_ws"))
                    .open()) {
                assertThat(after.recover())
                        .hasValueSatisfying(r -> assertThat(r).contains("rolled back"));
                HarperClient client = WorkspaceHarper.client();
                assertThat(client.rest().get("/Status").orElseThrow().has("version"))
                        .isFalse();
                assertThat(after.deployTags()).extracting(t -> t.name()).containsExactly("deploy/1");
                assertThat(after.audit().entries())
                        .extracting(e -> e.action())
                        .contains("deploy.restore-failed", "deploy.recovered");
                assertThat(after.proposal(p.id()).state()).isEqualTo(ProposalState.APPROVED);
                assertThat(after.deploy(p.id(), proved(ADA))).isEqualTo("deploy/2");
                assertThat(client.rest()
                                .get("/Status")
                                .orElseThrow()
                                .path("version")
                                .asInt())
                        .isEqualTo(2);
            }
        }
    }

    @Test
    void harperSigkilledAfterItAppliedTheDeployIsRolledBackAndReported() {
        // a shorter deploy timeout: verification waits that long for the dead Harper before restoring
        var target = new dev.pilothouse.workspace.deploy.HarperTarget(
                WorkspaceHarper.client(),
                WorkspaceHarper.runtime().deployer(WorkspaceHarper.node()),
                "pilothouse_ws",
                java.time.Duration.ofSeconds(10),
                java.time.Duration.ZERO);
        try (Fixture fx = new Fixture(tmp, target)) {
            assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
            Proposal p = fx.approved(STATUS_V2);
            fx.restart(step -> {
                if (step == JournalEntry.Step.APPLIED) {
                    ProcessHandle harper = ProcessHandle.of(
                                    WorkspaceHarper.runtime().nodes().get(0).pid())
                            .orElseThrow();
                    harper.destroyForcibly(); // SIGKILL: Harper gets no chance to finish anything
                    harper.onExit().join();
                }
            });

            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                    .isInstanceOf(DeployAbortedException.class)
                    .hasMessageContaining("failed too")
                    .hasMessageContaining("rerun to recover");

            WorkspaceHarper.restart();
            try (Governance after = Governance.at(fx.dir, fx.home)
                    .clock(fx.clock)
                    .runtime(WorkspaceHarper.target("pilothouse_ws"))
                    .open()) {
                assertThat(after.recover())
                        .hasValueSatisfying(r -> assertThat(r)
                                .isEqualTo("rolled back the deploy interrupted at applied; restored deploy/1"));
                assertThat(WorkspaceHarper.client()
                                .rest()
                                .get("/Status")
                                .orElseThrow()
                                .has("version"))
                        .isFalse();
                assertThat(after.deployTags()).extracting(t -> t.name()).containsExactly("deploy/1");
                assertThat(after.history(1).get(0).id())
                        .isEqualTo(after.deployTags().get(0).commit());
                assertThat(after.verifyAudit().ok()).isTrue();
            }
        }
    }

    @Test
    void proposeValidateApproveDeployVerifyAndRollBackOnHarper() {
        HarperClient client = WorkspaceHarper.client();
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
            assertThat(client.rest().get("/Status").orElseThrow().path("status").asText())
                    .isEqualTo("ok");
            client.rest().put("/Item/before", Map.of("name", "Before", "quantity", 1));

            Proposal p = fx.gov.propose(
                    Map.of("schema.graphql", WITH_NOTE, "resources.js", STATUS_V2),
                    BOT,
                    "Items get a note; status reports its version",
                    Optional.empty());
            Proposal validated = fx.gov.validate(p.id(), "human:ada");
            long items =
                    client.describeTable("data", "Item").path("record_count").asLong();
            assertThat(items).isPositive(); // the data folder outlives runs, so earlier records may be there too
            assertThat(validated.validation())
                    .filteredOn(step -> step.name().equals("live-evidence"))
                    .singleElement()
                    .satisfies(step -> assertThat(step.output()).contains("Item: " + items + " records"));
            client.rest().put("/Item/nameless", Map.of("quantity", 5));
            Proposal nameRequired = fx.gov.propose(
                    Map.of("schema.graphql", WITH_NOTE.replace("name: String", "name: String!")),
                    BOT,
                    "Names are required",
                    Optional.empty());
            assertThat(fx.gov.validate(nameRequired.id(), "human:ada").validation())
                    .filteredOn(step -> step.name().equals("live-evidence"))
                    .singleElement()
                    .satisfies(step -> assertThat(step.output()).contains("Item.name: 1 of "));
            fx.gov.reject(nameRequired.id(), proved(ADA), "not now");
            assertThat(fx.gov.approve(p.id(), proved(BOB), "fine", true).state())
                    .isEqualTo(ProposalState.APPROVED);

            assertThat(fx.gov.deploy(p.id(), proved(ADA))).isEqualTo("deploy/2");
            assertThat(client.rest()
                            .get("/Status")
                            .orElseThrow()
                            .path("version")
                            .asInt())
                    .isEqualTo(2);
            Path pulled = tmp.resolve("pulled");
            WorkspaceInit.init(pulled, fx.runtime.appFiles(), "component pilothouse_ws", ADA, fx.home);
            try (var git = dev.pilothouse.workspace.versioning.Versioning.open(pulled)) {
                assertThat(git.files(git.head()))
                        .containsEntry("schema.graphql", WITH_NOTE)
                        .containsEntry("resources.js", STATUS_V2);
            }
            client.rest().put("/Item/during", Map.of("name", "During", "quantity", 2, "note", "written on v2"));

            assertThat(fx.gov.rollback(Optional.empty(), proved(ADA))).isEqualTo("deploy/3");

            assertThat(client.rest().get("/Status").orElseThrow().has("version"))
                    .isFalse();
            assertThat(client.rest()
                            .get("/Item/during")
                            .orElseThrow()
                            .path("name")
                            .asText())
                    .isEqualTo("During");
            assertThat(client.rest()
                            .get("/Item/before")
                            .orElseThrow()
                            .path("name")
                            .asText())
                    .isEqualTo("Before");
            assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.ROLLED_BACK);
            assertThat(fx.gov.verifyAudit().ok()).isTrue();
        }
    }
}
