package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProposalService's cap on one agent's open proposals (policy maxOpenProposalsPerAgent). */
class ProposalLimitTest {

    private static final Identity OTHER = Identity.parse("agent:other");

    @TempDir
    Path tmp;

    private Fixture fx;

    @BeforeEach
    void workspace() {
        fx = new Fixture(tmp, null);
        fx.gov.updatePolicy(fx.gov.policy().withMaxOpenProposalsPerAgent(3), Fixture.proved(ADA));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void agentOverItsOpenLimitIsRefusedNamingTheLimitAndNothingIsRecorded() {
        for (int i = 0; i < 3; i++) {
            fx.propose(BOT, resources("v" + i));
        }

        assertThatThrownBy(() -> fx.propose(BOT, resources("v3"))).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.rule()).isEqualTo(ProposalService.OPEN_LIMIT);
            assertThat(r.getMessage())
                    .startsWith("agent:bot has 3 open proposals (the limit is 3")
                    .contains("maxOpenProposalsPerAgent")
                    .contains("reject");
        });
        assertThat(fx.gov.proposals()).hasSize(3);
        assertThat(fx.lastAudit().action()).isEqualTo("proposal.create.refused");
    }

    @Test
    void limitIsPerAgentAndHumansAreNotLimited() {
        for (int i = 0; i < 3; i++) {
            fx.propose(BOT, resources("v" + i));
        }

        assertThat(fx.propose(OTHER, resources("other")).author()).isEqualTo("agent:other");
        for (int i = 0; i < 4; i++) {
            fx.propose(ADA, resources("ada" + i));
        }
        assertThat(fx.gov.proposals()).hasSize(8);
    }

    @Test
    void rejectingOrSupersedingFreesASlot() {
        Proposal first = fx.propose(BOT, resources("v0"));
        Proposal second = fx.propose(BOT, resources("v1"));
        fx.propose(BOT, resources("v2"));

        fx.gov.reject(first.id(), Fixture.proved(ADA), "not needed");
        Proposal fourth = fx.propose(BOT, resources("v3"));
        Proposal replacement =
                fx.gov.propose(Map.of("resources.js", resources("v1b")), BOT, "better", Optional.of(second.id()));

        assertThat(fourth.author()).isEqualTo("agent:bot");
        assertThat(replacement.supersedes()).isEqualTo(second.id());
        assertThatThrownBy(() -> fx.propose(BOT, resources("v4"))).isInstanceOf(Refusal.class);
    }

    @Test
    void defaultLimitIsTwentyAndAnOlderPolicyFileTakesIt() {
        assertThat(Policy.DEFAULT.maxOpenProposalsPerAgent()).isEqualTo(20);
        assertThat(new Policy(java.util.List.of(), 1, java.time.Duration.ofHours(1), null, 0, null, 0)
                        .maxOpenProposalsPerAgent())
                .isEqualTo(Policy.DEFAULT_MAX_OPEN_PROPOSALS_PER_AGENT);
        assertThat(fx.gov.policy().maxOpenProposalsPerAgent()).isEqualTo(3);
    }
}
