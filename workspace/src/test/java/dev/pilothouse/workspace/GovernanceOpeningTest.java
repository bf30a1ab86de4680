package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.JournalEntry;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Governance.at(dir, home)}: what a workspace opened with only the required parts gets, and each setting. */
class GovernanceOpeningTest {

    @TempDir
    Path tmp;

    private Path dir;
    private PilothouseHome home;

    @BeforeEach
    void workspace() {
        dir = tmp.resolve("app");
        home = new PilothouseHome(tmp.resolve("home"));
        WorkspaceInit.init(dir, Optional.empty(), ADA, home);
    }

    @Test
    void onlyDirAndHomeGiveTheSystemClockNoRuntimeTheDefaultShadowAndNoValidators() {
        try (Governance gov = Governance.at(dir, home).open()) {
            Instant before = Instant.now();
            Proposal p = propose(gov);
            Instant after = Instant.now();
            assertThat(lastAudit(gov).time())
                    .as("the system clock stamps the audit")
                    .isBetween(before, after);

            Proposal validated = gov.validate(p.id(), "human:ada");
            assertThat(validated.validation())
                    .extracting(ValidationStep::name)
                    .noneMatch(name -> name.startsWith("plugin:"));
            ValidationStep shadow = step(validated, "shadow-deploy");
            assertThat(shadow.verdict()).isEqualTo(Verdict.SKIPPED);
            // shadowFor(dir, home, false): the local Harper, its terms not accepted in this fresh home
            assertThat(shadow.output())
                    .startsWith(
                            HarperInstaller.forCurrentUser().isInstalled()
                                    ? "skipped: " + ShadowCheck.TERMS_NOT_ACCEPTED
                                    : "skipped: no local Harper");

            gov.updatePolicy(gov.policy().withSoloMode(true), Fixture.proved(ADA));
            assertThatThrownBy(() -> gov.deployHead(Fixture.proved(ADA)))
                    .isInstanceOfSatisfying(
                            Refusal.class, r -> assertThat(r.rule()).isEqualTo("runtime-required"));
        }
    }

    @Test
    void theConvenienceFormIsTheBuilderWithARuntime() {
        FakeRuntime runtime = new FakeRuntime();
        try (Governance gov = Governance.open(dir, home, Optional.of(runtime))) {
            Instant before = Instant.now();
            deployHeadSolo(gov);
            assertThat(runtime.deploys).isEqualTo(1);
            assertThat(lastAudit(gov).time()).isBetween(before, Instant.now());
        }
    }

    @Test
    void aSetClockIsTheOneAuditEntriesUse() {
        MutableClock clock = new MutableClock();
        try (Governance gov = Governance.at(dir, home).clock(clock).open()) {
            propose(gov);
            assertThat(lastAudit(gov).time()).isEqualTo(clock.instant());
            clock.advance(java.time.Duration.ofMinutes(5));
            propose(gov);
            assertThat(lastAudit(gov).time()).isEqualTo(Instant.parse("2026-11-22T10:05:00Z"));
        }
    }

    @Test
    void aSetRuntimeIsDeployedToAndTheCrashHookSeesEachStep() {
        FakeRuntime runtime = new FakeRuntime();
        List<JournalEntry.Step> reached = new ArrayList<>();
        CrashPoint crash = reached::add;
        try (Governance gov =
                Governance.at(dir, home).runtime(runtime).crash(crash).open()) {
            deployHeadSolo(gov);
        }
        assertThat(runtime.deploys).isEqualTo(1);
        assertThat(runtime.live).containsKey("resources.js");
        assertThat(reached).contains(JournalEntry.Step.PREPARED, JournalEntry.Step.APPLIED);
    }

    @Test
    void anEmptyRuntimeIsNoRuntime() {
        try (Governance gov = Governance.at(dir, home)
                .runtime(new FakeRuntime())
                .runtime(Optional.empty())
                .open()) {
            gov.updatePolicy(gov.policy().withSoloMode(true), Fixture.proved(ADA));
            assertThatThrownBy(() -> gov.deployHead(Fixture.proved(ADA)))
                    .isInstanceOfSatisfying(
                            Refusal.class, r -> assertThat(r.rule()).isEqualTo("runtime-required"));
        }
    }

    @Test
    void validatorsPassedAreRunAsSteps() {
        List<String> seen = new ArrayList<>();
        ProposalValidator recorder = new ProposalValidator() {
            public String name() {
                return "recorder";
            }

            public StepResult validate(ProposalView proposal) {
                seen.add(proposal.id());
                return new StepResult(dev.pilothouse.plugin.api.Verdict.WARN, "seen " + proposal.id());
            }
        };
        List<ProposalValidator> validators = new ArrayList<>(List.of(recorder));
        Governance.Opening opening = Governance.at(dir, home).validators(validators);
        validators.clear(); // the builder keeps its own copy
        try (Governance gov = opening.open()) {
            Proposal p = propose(gov);
            ValidationStep step = step(gov.validate(p.id(), "human:ada"), "plugin:recorder");
            assertThat(step.verdict()).isEqualTo(Verdict.WARN);
            assertThat(step.output()).isEqualTo("seen " + p.id());
            assertThat(seen).containsExactly(p.id());
        }
    }

    @Test
    void aSetShadowIsTheOneValidationUses() {
        Path noHarper = tmp.resolve("no-harper");
        ShadowHarper shadow = new ShadowHarper(tmp.resolve("shadow"), new HarperInstaller(noHarper), true);
        try (Governance gov = Governance.at(dir, home).shadow(shadow).open()) {
            ValidationStep step = step(gov.validate(propose(gov).id(), "human:ada"), "shadow-deploy");
            assertThat(step.verdict()).isEqualTo(Verdict.SKIPPED);
            assertThat(step.output()).startsWith("skipped: no local Harper").contains(noHarper.toString());
        }
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatNullPointerException()
                .isThrownBy(() -> Governance.at(null, home))
                .withMessage("dir");
        assertThatNullPointerException()
                .isThrownBy(() -> Governance.at(dir, null))
                .withMessage("home");
        Governance.Opening opening = Governance.at(dir, home);
        assertThatNullPointerException().isThrownBy(() -> opening.clock(null)).withMessage("clock");
        assertThatNullPointerException()
                .isThrownBy(() -> opening.runtime((RuntimeTarget) null))
                .withMessage("runtime");
        assertThatNullPointerException()
                .isThrownBy(() -> opening.runtime((Optional<RuntimeTarget>) null))
                .withMessage("runtime");
        assertThatNullPointerException().isThrownBy(() -> opening.crash(null)).withMessage("crash");
        assertThatNullPointerException().isThrownBy(() -> opening.shadow(null)).withMessage("shadow");
        assertThatNullPointerException()
                .isThrownBy(() -> opening.validators(null))
                .withMessage("validators");
        ProposalValidator none = new ProposalValidator() {
            public String name() {
                return "none";
            }

            public StepResult validate(ProposalView proposal) {
                return new StepResult(dev.pilothouse.plugin.api.Verdict.PASS, "");
            }
        };
        assertThatNullPointerException()
                .isThrownBy(() -> opening.validators(Arrays.asList(none, null)))
                .withMessage("validators[1]");
    }

    private static Proposal propose(Governance gov) {
        return gov.propose(
                Map.of("resources.js", Fixture.resources("v2")), BOT, "Change the status resource", Optional.empty());
    }

    private static void deployHeadSolo(Governance gov) {
        gov.updatePolicy(gov.policy().withSoloMode(true), Fixture.proved(ADA));
        gov.deployHead(Fixture.proved(ADA));
    }

    private static AuditEntry lastAudit(Governance gov) {
        List<AuditEntry> entries = gov.audit().entries();
        return entries.get(entries.size() - 1);
    }

    private static ValidationStep step(Proposal p, String name) {
        return p.validation().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + p.validation()));
    }
}
