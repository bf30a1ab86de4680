package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change whose code reads differently on screen than it runs is flagged to the reviewer before the diff. */
class HiddenTextReviewTest {

    @TempDir
    Path tmp;

    @Test
    void aBidiOverrideInProposedCodeMakesTheDiagnosticsStepWarnNamingTheLine() {
        try (Fixture fx = new Fixture(tmp, new FakeRuntime())) {
            Proposal p = fx.propose(BOT, resources("ok\u202e ;)(tixe.ssecorp"));

            Proposal validated = fx.gov.validate(p.id(), "human:ada");

            ValidationStep diagnostics = validated.validation().getFirst();
            assertThat(diagnostics.name()).isEqualTo("diagnostics");
            assertThat(diagnostics.verdict()).isEqualTo(Verdict.WARN);
            assertThat(diagnostics.output()).contains("resources.js:7:", "PH902", "U+202E");
        }
    }
}
