package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOB;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.deploy.DeployStep;
import dev.pilothouse.workspace.deploy.DeployUpdate;
import dev.pilothouse.workspace.deploy.DeployUpdate.Phase;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step of a deploy and a rollback is reported as it happens, so both consoles and the CLI can show it. */
class DeployStepsTest {

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
    void aDeployReportsEachStepInOrderWithWhatItFound() {
        Proposal p = fx.approved(resources("v2"));
        List<DeployUpdate> updates = new ArrayList<>();
        // the runtime is asked while the deploy runs: a step is reported before it is over
        List<Integer> deploysSeenAtApply = new ArrayList<>();
        String tag = fx.gov.deploy(p.id(), proved(ADA), u -> {
            updates.add(u);
            if (u.step() == DeployStep.APPLY && u.phase() == Phase.RUNNING) {
                deploysSeenAtApply.add(runtime.deploys);
            }
        });

        assertThat(deploysSeenAtApply).containsExactly(0);
        assertThat(updates)
                .extracting(DeployUpdate::step, DeployUpdate::phase)
                .containsExactly(
                        tuple(DeployStep.CHECK, Phase.RUNNING),
                        tuple(DeployStep.CHECK, Phase.DONE),
                        tuple(DeployStep.APPLY, Phase.RUNNING),
                        tuple(DeployStep.APPLY, Phase.DONE),
                        tuple(DeployStep.VERIFY, Phase.RUNNING),
                        tuple(DeployStep.VERIFY, Phase.DONE),
                        tuple(DeployStep.WATCH, Phase.SKIPPED),
                        tuple(DeployStep.RECORD, Phase.RUNNING),
                        tuple(DeployStep.RECORD, Phase.DONE));
        assertThat(updates.get(1).detail()).contains("1 approval", "diagnostics pass");
        assertThat(updates.get(5).detail()).contains("fake runtime");
        assertThat(updates.get(8).detail()).contains("tagged " + tag);
        assertThat(updates).extracting(DeployUpdate::at).isSorted();
    }

    @Test
    void aFailedVerificationReportsTheFailureAndTheRestoreAndNoCommit() {
        fx.gov.deploy(fx.approved(resources("v2")).id(), proved(ADA));
        runtime.failVerifyWhenResourcesContain = "broken";
        Proposal bad = fx.approved(resources("broken"));
        DeployRun run = new DeployRun(DeployProgress.NONE);

        assertThatThrownBy(() -> fx.gov.deploy(bad.id(), proved(ADA), run)).isInstanceOf(DeployAbortedException.class);

        assertThat(run.rows())
                .extracting(DeployRun.Row::step, DeployRun.Row::phase)
                .containsExactly(
                        tuple(DeployStep.CHECK, Phase.DONE), tuple(DeployStep.APPLY, Phase.DONE),
                        tuple(DeployStep.VERIFY, Phase.FAILED), tuple(DeployStep.RESTORE, Phase.DONE));
        assertThat(run.rows().get(2).detail()).contains("answers 500");
        assertThat(run.rows().get(3).detail()).contains("restored deploy/1");
        assertThat(run.rows()).allSatisfy(r -> assertThat(r.took()).isPresent());
    }

    @Test
    void aRefusedDeployFailsAtTheCheckAndNeverReachesTheRuntime() {
        Proposal open = fx.propose(Fixture.BOT, resources("unapproved"));
        DeployRun run = new DeployRun(DeployProgress.NONE);

        assertThatThrownBy(() -> fx.gov.deploy(open.id(), proved(ADA), run)).isInstanceOf(Refusal.class);

        assertThat(run.rows())
                .extracting(DeployRun.Row::step, DeployRun.Row::phase)
                .containsExactly(tuple(DeployStep.CHECK, Phase.FAILED));
        assertThat(runtime.deploys).isZero();
    }

    @Test
    void aRollbackReportsItsGoalAndSteps() {
        fx.gov.deploy(fx.approved(resources("v2")).id(), proved(ADA));
        fx.gov.deploy(fx.approved(resources("v3")).id(), proved(ADA));
        DeployRun run = new DeployRun(DeployProgress.NONE);

        fx.gov.rollback(Optional.empty(), proved(BOB), run);

        assertThat(run.rows())
                .extracting(DeployRun.Row::step)
                .containsExactly(
                        DeployStep.CHECK, DeployStep.APPLY, DeployStep.VERIFY, DeployStep.WATCH, DeployStep.RECORD);
        assertThat(run.rows().get(0).detail()).startsWith("back to deploy/1");
        assertThat(run.rows().get(4).detail()).contains("deploy/3");
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheDeploy() {
        Proposal p = fx.approved(resources("v2"));

        String tag = fx.gov.deploy(p.id(), proved(ADA), u -> {
            throw new IllegalStateException("a view went away");
        });

        assertThat(tag).isEqualTo("deploy/1");
        assertThat(runtime.live.get("resources.js")).contains("v2");
    }
}
