package dev.pilothouse.workspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.deploy.DeployUpdate.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployRunTest {

    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void eachStepKeepsItsLatestPhaseItsStartAndHowLongItTook() {
        List<DeployUpdate> passedOn = new ArrayList<>();
        DeployRun run = new DeployRun(passedOn::add);

        run.on(new DeployUpdate(DeployStep.CHECK, Phase.RUNNING, "", T0));
        run.on(new DeployUpdate(DeployStep.CHECK, Phase.DONE, "1 approval", T0.plusMillis(300)));
        run.on(new DeployUpdate(DeployStep.APPLY, Phase.RUNNING, "", T0.plusMillis(300)));

        assertThat(run.rows()).hasSize(2);
        DeployRun.Row check = run.rows().get(0);
        assertThat(check.phase()).isEqualTo(Phase.DONE);
        assertThat(check.detail()).isEqualTo("1 approval");
        assertThat(check.started()).isEqualTo(T0);
        assertThat(check.took()).contains(Duration.ofMillis(300));
        assertThat(run.rows().get(1).took()).as("still running").isEmpty();
        assertThat(passedOn).hasSize(3);
    }

    @Test
    void aStepReportedOnlyAsSkippedTookNoTimeAndRowsFollowTheStepOrder() {
        DeployRun run = new DeployRun(DeployProgress.NONE);
        run.on(new DeployUpdate(DeployStep.RECORD, Phase.RUNNING, "", T0.plusSeconds(2)));
        run.on(new DeployUpdate(DeployStep.WATCH, Phase.SKIPPED, "off", T0.plusSeconds(1)));

        assertThat(run.rows()).extracting(DeployRun.Row::step).containsExactly(DeployStep.WATCH, DeployStep.RECORD);
        assertThat(run.rows().get(0).took()).isEmpty();
    }
}
