package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.plugin.host.PluginHost;
import dev.pilothouse.plugin.host.PluginSettings;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin validators run as recorded steps of the proposal pipeline (the bundled migration-note rule here). */
class PluginValidationTest {

    private static final String WITHOUT_QUANTITY =
            "type Item @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n}\n";

    @TempDir
    Path tmp;

    private final ExecutorService executor = PluginHost.daemonExecutor(2);
    private Fixture fx;
    private PluginHost host;

    @BeforeEach
    void workspace() {
        fx = new Fixture(tmp, null);
    }

    @AfterEach
    void close() {
        fx.close();
        if (host != null) {
            host.close();
        }
        executor.shutdownNow();
    }

    @Test
    void breakingChangeWithoutMigrationNoteFailsThePluginStep() {
        use(PluginSettings.NONE);
        Proposal validated = validate("Drop quantity");

        ValidationStep step = step(validated, "plugin:migration-note");
        assertThat(step.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(step.output()).contains("D202 Item.quantity");
        assertThat(validated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(validated.validation())
                .extracting(ValidationStep::name)
                .startsWith("diagnostics", "semantic-diff", "policy");
    }

    @Test
    void migrationNoteInTheRationaleLetsTheStepPass() {
        use(PluginSettings.NONE);
        Proposal validated = validate("Drop quantity\n\nMigration: stock counts now live in the Stock table");

        assertThat(step(validated, "plugin:migration-note").verdict()).isEqualTo(Verdict.PASS);
        assertThat(validated.verdict()).isNotEqualTo(Verdict.FAIL);
    }

    @Test
    void workspaceSettingsReachTheValidator() {
        use(new PluginSettings(Map.of("migration-note", Map.of("verdict", "warn"))));
        assertThat(step(validate("Drop quantity"), "plugin:migration-note").verdict())
                .isEqualTo(Verdict.WARN);
    }

    @Test
    void throwingValidatorBecomesAWarnStepAndValidationCompletes() {
        host = PluginHost.open(List.of(), PluginSettings.NONE, executor, Duration.ofSeconds(5));
        List<ProposalValidator> validators = new ArrayList<>(host.proposalValidators());
        validators.addFirst(new ProposalValidator() {
            public String name() {
                return "exploding";
            }

            public StepResult validate(ProposalView proposal) {
                throw new IllegalStateException("validator exploded");
            }
        });
        reopen(validators);
        Proposal validated = validate("Drop quantity\nMigration: none needed, the column was never written");

        assertThat(step(validated, "plugin:exploding").verdict()).isEqualTo(Verdict.WARN);
        assertThat(step(validated, "plugin:exploding").output()).contains("validator exploded");
        assertThat(step(validated, "plugin:migration-note").verdict()).isEqualTo(Verdict.PASS);
    }

    private void use(PluginSettings settings) {
        host = PluginHost.open(List.of(), settings, executor, Duration.ofSeconds(5));
        reopen(host.proposalValidators());
    }

    private void reopen(List<ProposalValidator> validators) {
        fx.gov.close();
        fx.gov = Governance.at(fx.dir, fx.home)
                .clock(fx.clock)
                .validators(validators)
                .open();
    }

    private Proposal validate(String rationale) {
        Proposal p = fx.gov.propose(Map.of("schema.graphql", WITHOUT_QUANTITY), BOT, rationale, Optional.empty());
        return fx.gov.validate(p.id(), "human:ada");
    }

    private static ValidationStep step(Proposal p, String name) {
        return p.validation().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + p.validation()));
    }
}
