package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.deploy.DeployStep;
import dev.pilothouse.workspace.deploy.DeployUpdate.Phase;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.Verdict;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence read from Harper's analytics: real-time clients of a table, and the error rate after a deploy. */
class LiveAnalyticsTest {

    private static final String FAILS_ON_BOOM = "import { Resource } from 'harperdb';\n\n"
            + "export class Status extends Resource {\n  static loadAsInstance = false;\n\n  get(target) {\n"
            + "    if (target.id === 'boom') {\n      throw new Error('boom');\n    }\n"
            + "    return { status: 'ok', version: 2 };\n  }\n}\n";

    @TempDir
    Path tmp;

    @Test
    void subscribersOfAnAffectedTableAreReportedAndABreakingChangeToThemWarns() throws Exception {
        HarperClient client = WorkspaceHarper.client();
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            fx.deployHeadSolo();
            client.rest().put("/Item/followed", Map.of("name", "Followed", "quantity", 1));
            WebSocket ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", client.endpoint().credentials().authorizationHeader())
                    .buildAsync(client.endpoint().webSocketUrl("/Item/"), new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS);
            try {
                Thread.sleep(2_500); // Harper's threads report analytics about every second
                Proposal p = fx.gov.propose(
                        Map.of(
                                "schema.graphql",
                                "type Item @table @export {\n"
                                        + "  id: ID @primaryKey\n  name: String @indexed\n  quantity: String\n}\n"),
                        BOT,
                        "quantity as text",
                        Optional.empty());
                Proposal validated = fx.gov.validate(p.id(), "human:ada");
                assertThat(validated.validation())
                        .filteredOn(s -> s.name().equals("live-evidence"))
                        .singleElement()
                        .satisfies(s -> {
                            assertThat(s.verdict()).isEqualTo(Verdict.WARN);
                            assertThat(s.output())
                                    .containsPattern("Item real-time: [1-9]\\d* WebSocket connect\\(s\\) and "
                                            + "[1-9]\\d* record\\(s\\) delivered to subscribers in the last 10 min")
                                    .containsPattern("open on the server now: [1-9]\\d* WebSocket")
                                    .contains("a breaking change reaches these subscribers");
                        });
            } finally {
                ws.abort();
            }
        }
    }

    @Test
    void aJumpInTheErrorRateDuringTheWatchRollsTheDeployBack() {
        HarperClient client = WorkspaceHarper.client();
        ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor();
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws", Duration.ofSeconds(4)))) {
            assertThat(fx.deployHeadSolo())
                    .as("no errors during the watch: the deploy stays")
                    .isEqualTo("deploy/1");
            traffic.scheduleWithFixedDelay(
                    () -> {
                        try {
                            client.rest().status("/Status/boom");
                        } catch (RuntimeException restarting) {
                            // Harper restarts its workers during the deploy; the next request goes through
                        }
                    },
                    0,
                    100,
                    TimeUnit.MILLISECONDS);
            Proposal p = fx.approved(FAILS_ON_BOOM);

            DeployRun steps = new DeployRun(DeployProgress.NONE);
            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA), steps))
                    .isInstanceOf(DeployAbortedException.class)
                    .hasMessageContaining("the 5xx error rate jumped to")
                    .hasMessageContaining("restored deploy/1");

            assertThat(steps.rows())
                    .extracting(DeployRun.Row::step, DeployRun.Row::phase)
                    .containsExactly(
                            tuple(DeployStep.CHECK, Phase.DONE),
                            tuple(DeployStep.APPLY, Phase.DONE),
                            tuple(DeployStep.VERIFY, Phase.DONE),
                            tuple(DeployStep.WATCH, Phase.FAILED),
                            tuple(DeployStep.RESTORE, Phase.DONE));
            assertThat(steps.rows().get(2).detail()).contains("component healthy", "GET /");
            assertThat(steps.rows().get(3).detail()).contains("jumped", "during the 4 s watch");

            assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.ROLLED_BACK);
            assertThat(client.rest().status("/Status/boom")).isEqualTo(200);
            assertThat(fx.gov.deployTags()).extracting(t -> t.name()).containsExactly("deploy/1");
        } finally {
            traffic.shutdownNow();
        }
    }
}
