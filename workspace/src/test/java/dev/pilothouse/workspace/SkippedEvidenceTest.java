package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approving a proposal whose validation skipped a step takes an explicit, audited acknowledgement. */
class SkippedEvidenceTest {

    @TempDir
    Path tmp;

    @Test
    void approvingWithoutTheSkippedEvidenceNeedsAnAcknowledgementThatIsAudited() {
        try (Fixture fx = new Fixture(tmp, new FakeRuntime())) {
            Proposal p = fx.propose(BOT, Fixture.resources("v2"));
            Proposal validated = fx.gov.validate(p.id(), "agent:bot"); // this home never accepted Harper's terms
            assertThat(validated.verdict()).isEqualTo(Verdict.SKIPPED);

            assertThatThrownBy(() -> fx.gov.approve(p.id(), proved(ADA), "fine"))
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.rule()).isEqualTo("skipped-evidence");
                        assertThat(r.getMessage()).contains("shadow-deploy", "--acknowledge-skipped");
                    });
            assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.VALIDATED);
            assertThat(fx.lastAudit().action()).isEqualTo("approval.refused");

            Proposal approved = fx.gov.approve(p.id(), proved(ADA), "fine without a shadow", true);
            assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);
            assertThat(fx.lastAudit().action()).isEqualTo("proposal.approved");
            assertThat(fx.lastAudit().details().path("acknowledgedSkipped").asText())
                    .isEqualTo("shadow-deploy");
        }
    }
}
