package dev.pilothouse.agent;

import static dev.pilothouse.agent.GatewayFixture.call;
import static dev.pilothouse.agent.GatewayFixture.detail;
import static dev.pilothouse.agent.GatewayFixture.structured;
import static dev.pilothouse.agent.GatewayFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.proposal.ProposalState;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds on what one agent can make Pilothouse do: open proposals, and validations waiting to run. */
class AgentBoundsTest {

    private static final Set<Scope> BOTH = Set.of(Scope.READ, Scope.PROPOSE);
    private static final Identity BOT = Identity.parse("agent:bot");
    private static final GatewaySettings SETTINGS = GatewaySettings.LOOPBACK.withRate(200, 6000);

    @TempDir
    Path tmp;

    private GatewayFixture fx;
    private final CountDownLatch gate = new CountDownLatch(1);

    @AfterEach
    void stop() {
        gate.countDown();
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void twentyFirstOpenProposalIsRefusedAnotherAgentIsNotAndARejectionFreesASlot() {
        fx = new GatewayFixture(tmp, StarterApp.files(), Optional.empty(), "app", SETTINGS);
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH));
                McpSyncClient other = fx.client(fx.token("other", BOTH))) {
            for (int i = 0; i < 20; i++) {
                await("the queue to drain", () -> fx.ws.validationsWaiting(BOT) == 0);
                McpSchema.CallToolResult ok = propose(bot, "f" + i);
                assertThat(ok.isError()).as(text(ok)).isFalse();
            }
            // every validation done: nothing is queued, so only the open-proposal limit can refuse
            await(
                    "the validations",
                    () -> fx.gov.proposals().stream()
                            .noneMatch(p -> p.state() == ProposalState.OPEN || p.state() == ProposalState.VALIDATING));
            WorkspaceState before = WorkspaceState.of(fx.gov);

            McpSchema.CallToolResult refused = propose(bot, "f20");

            assertThat(refused.isError()).isTrue();
            assertThat(text(refused))
                    .startsWith("refused by rule open-proposal-limit: agent:bot has 20 open"
                            + " proposals (the limit is 20")
                    .contains("reject");
            assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
            AuditEntry entry = fx.audit("agent.tool").getLast();
            assertThat(detail(entry, "outcome")).isEqualTo("refused");
            assertThat(detail(entry, "rule")).isEqualTo("open-proposal-limit");

            McpSchema.CallToolResult others = propose(other, "g0");
            assertThat(others.isError()).as(text(others)).isFalse();

            String first = fx.gov.proposals().stream()
                    .filter(p -> p.author().equals("agent:bot"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            fx.gov.reject(first, GatewayFixture.ADA_PROVED, "not needed");
            McpSchema.CallToolResult again = propose(bot, "f21");
            assertThat(again.isError()).as(text(again)).isFalse();
            assertThat(structured(again).get("state")).isEqualTo("open");
        }
    }

    @Test
    void validationsWaitingStayWithinTheBoundPerAgentAndRefusedProposalsAreNotRecorded() {
        ExecutorService runner = Executors.newSingleThreadExecutor();
        runner.execute(
                () -> { // keeps the only validation thread busy, so every validation waits
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        fx = new GatewayFixture(
                tmp,
                StarterApp.files(),
                Optional.empty(),
                "app",
                SETTINGS,
                new ValidationQueue(ValidationQueue.DEFAULT_PER_AGENT, runner));
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH));
                McpSyncClient other = fx.client(fx.token("other", BOTH))) {
            McpSchema.CallToolResult unchanged = call(
                    bot,
                    "propose_change",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", StarterApp.files().get("schema.graphql")),
                            "rationale",
                            "same"));
            assertThat(text(unchanged)).contains("no-change");
            assertThat(fx.ws.validationsWaiting(BOT))
                    .as("a refused proposal gives its place back")
                    .isZero();

            int accepted = 0;
            for (int i = 0; i < 8; i++) {
                McpSchema.CallToolResult result = propose(bot, "f" + i);
                if (result.isError()) {
                    assertThat(text(result))
                            .startsWith("refused by rule validation-queue-full: agent:bot has 2"
                                    + " validations waiting (the limit is 2)");
                } else {
                    accepted++;
                }
                assertThat(fx.ws.validationsWaiting(BOT)).isLessThanOrEqualTo(2);
            }

            assertThat(accepted).isEqualTo(2);
            assertThat(fx.gov.proposals())
                    .as("refused proposals leave no trace but the audit")
                    .hasSize(2);
            assertThat(propose(other, "g0").isError())
                    .as("another agent has its own places")
                    .isFalse();
            assertThat(propose(other, "g1").isError()).isFalse();
            assertThat(propose(other, "g2").isError()).isTrue();

            gate.countDown();
            await("the bot's validations to start", () -> fx.ws.validationsWaiting(BOT) == 0);
            McpSchema.CallToolResult later = propose(bot, "f9");
            assertThat(later.isError()).as(text(later)).isFalse();
        }
    }

    private static McpSchema.CallToolResult propose(McpSyncClient client, String attribute) {
        return call(
                client,
                "propose_change",
                Map.of(
                        "files",
                        Map.of("schema.graphql", StarterApp.withAttribute("Customer", attribute)),
                        "rationale",
                        "add " + attribute));
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
