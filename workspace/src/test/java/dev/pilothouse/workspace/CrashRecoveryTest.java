package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.JournalEntry;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.versioning.DeployTag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The console dies after each journaled step of a deploy; the next console leaves one consistent state. */
class CrashRecoveryTest {

    /** Stands for the process dying: an Error, which deploy code never handles. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(JournalEntry.Step step) {
            super("killed after " + step);
        }
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(JournalEntry.Step.class)
    void crashMidDeployIsFinishedOrRolledBackOnRestart(JournalEntry.Step crashAt) {
        FakeRuntime runtime = new FakeRuntime();
        try (Fixture fx = new Fixture(tmp, runtime)) {
            Proposal first = fx.approved(resources("v1"));
            fx.gov.deploy(first.id(), proved(ADA));
            String liveBefore = fx.gov.history(1).get(0).id();
            Proposal second = fx.approved(resources("v2"));

            fx.restart(step -> {
                if (step == crashAt) {
                    throw new Killed(step);
                }
            });
            assertThatThrownBy(() -> fx.gov.deploy(second.id(), proved(ADA))).isInstanceOf(Killed.class);
            fx.restart(CrashPoint.NONE);

            Optional<String> recovered = fx.gov.recover();

            assertThat(recovered).isPresent();
            assertThat(Files.exists(fx.home.workspaceState(fx.dir).resolve("deploy-journal.json")))
                    .isFalse();
            String head = fx.gov.history(1).get(0).id();
            DeployTag latest = fx.gov.deployTags().get(fx.gov.deployTags().size() - 1);
            assertThat(latest.commit()).isEqualTo(head);
            if (crashAt == JournalEntry.Step.VERIFIED) {
                assertThat(recovered.get()).contains("completed");
                assertThat(latest.name()).isEqualTo("deploy/2");
                assertThat(runtime.live.get("resources.js")).contains("v2");
                assertThat(fx.gov.proposal(second.id()).state()).isEqualTo(ProposalState.DEPLOYED);
            } else {
                assertThat(recovered.get()).contains("rolled back");
                assertThat(latest.name()).isEqualTo("deploy/1");
                assertThat(head).isEqualTo(liveBefore);
                assertThat(runtime.live.get("resources.js")).contains("v1");
            }
            assertThat(fx.lastAudit().action()).isEqualTo("deploy.recovered");
            assertThat(fx.gov.recover()).isEmpty();
            assertThat(fx.gov.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void twentyCrashesAcrossDeploysAndRollbacksAlwaysLeaveRuntimeMainAndTagsAgreeing() {
        FakeRuntime runtime = new FakeRuntime();
        try (Fixture fx = new Fixture(tmp, runtime)) {
            fx.gov.deploy(fx.approved(resources("v0")).id(), proved(ADA));
            fx.gov.deploy(fx.approved(resources("v1")).id(), proved(ADA));
            for (int trial = 0; trial < 20; trial++) {
                JournalEntry.Step crashAt = JournalEntry.Step.values()[trial % 3];
                boolean rollback = trial % 4 == 3;
                Proposal next = rollback ? null : fx.approved(resources("trial " + trial));
                fx.restart(step -> {
                    if (step == crashAt) {
                        throw new Killed(step);
                    }
                });
                assertThatThrownBy(() -> {
                            if (rollback) {
                                fx.gov.rollback(Optional.empty(), proved(ADA));
                            } else {
                                fx.gov.deploy(next.id(), proved(ADA));
                            }
                        })
                        .as("trial %d", trial)
                        .isInstanceOf(Killed.class);
                fx.restart(CrashPoint.NONE);
                assertThat(fx.gov.recover()).as("trial %d", trial).isPresent();

                DeployTag latest = fx.gov.deployTags().get(fx.gov.deployTags().size() - 1);
                String head = fx.gov.history(1).get(0).id();
                assertThat(latest.commit())
                        .as("trial %d: main is the latest deploy", trial)
                        .isEqualTo(head);
                try (var git = dev.pilothouse.workspace.versioning.Versioning.open(fx.dir)) {
                    assertThat(runtime.live.get("resources.js"))
                            .as("trial %d: the runtime serves it", trial)
                            .isEqualTo(git.files(head).get("resources.js"));
                }
                assertThat(fx.home.workspaceState(fx.dir).resolve("deploy-journal.json"))
                        .doesNotExist();
            }
            assertThat(fx.gov.verifyAudit().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(JournalEntry.Step.class)
    void crashDuringAFirstDeployLeavesNothingHalfApplied(JournalEntry.Step crashAt) {
        FakeRuntime runtime = new FakeRuntime();
        try (Fixture fx = new Fixture(tmp, runtime)) {
            Proposal p = fx.approved(resources("v1"));
            fx.restart(step -> {
                if (step == crashAt) {
                    throw new Killed(step);
                }
            });
            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA))).isInstanceOf(Killed.class);
            fx.restart(CrashPoint.NONE);
            // any governed action recovers first
            if (crashAt == JournalEntry.Step.VERIFIED) {
                assertThat(fx.gov.recover())
                        .hasValueSatisfying(s -> assertThat(s).contains("deploy/1"));
                assertThat(runtime.live).isNotNull();
            } else {
                assertThat(fx.gov.recover()).isPresent();
                assertThat(runtime.live).isNull();
                assertThat(fx.gov.deployTags()).isEmpty();
            }
        }
    }
}
