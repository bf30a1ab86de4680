package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.deploy.JournalEntry;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.versioning.DeployTag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real console process deploying to a real Harper is killed (the JVM halts at a journal step, or is killed from
 * outside with SIGKILL at a random moment of the deploy); the next console must leave runtime, {@code main}, the
 * tags, the proposal and the audit chain agreeing. Trials: one halt per journal step named in
 * {@code pilothouse.crashSteps} (the test command: APPLIED, whose recovery must restore the real Harper;
 * CrashRecoveryTest halts after every step in-process) plus {@code pilothouse.crashTrials} (default 0) outside kills;
 * the {@code crash-trials} profile runs all three halts and 20 kills (see docs/workspace.md).
 */
class RealKillCrashTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RealKillCrashTest.class);
    private static final String PROJECT = "pilothouse_ws";
    private static final String CLOCK = "2026-11-22T10:00:00Z"; // MutableClock's start: approvals stay fresh

    @TempDir
    Path tmp;

    @Test
    void killedConsoleLeavesAConsistentStateAfterRestart() throws Exception {
        int outsideKills = Integer.getInteger("pilothouse.crashTrials", 0);
        List<String> halts = java.util.Arrays.stream(
                        System.getProperty("pilothouse.crashSteps", "PREPARED,APPLIED,VERIFIED")
                                .split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> JournalEntry.Step.valueOf(s).name())
                .toList();
        Random random = new Random(42);
        List<String> outcomes = new ArrayList<>();
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target(PROJECT))) {
            long started = System.nanoTime();
            fx.deployHeadSolo();
            // outside kills land anywhere in a deploy: JVM start plus about as long as this first deploy took
            int window = (int) (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) * 1.5) + 1_500;
            int trials = halts.size() + outsideKills;
            assertThat(trials).as("at least one trial").isPositive();
            for (int trial = 0; trial < trials; trial++) {
                String step = trial < halts.size() ? halts.get(trial) : "none";
                Proposal next = fx.approved(resources("trial " + trial));
                String headBefore = fx.gov.history(1).get(0).id();
                fx.gov.close();

                Process console = spawn(fx, next.id(), step);
                if (step.equals("none")) {
                    // somewhere inside the deploy: staging, Harper's restart, verification or recording
                    boolean ended = console.waitFor(500 + random.nextInt(window), TimeUnit.MILLISECONDS);
                    if (!ended) {
                        console.destroyForcibly(); // SIGKILL
                    }
                }
                assertThat(console.waitFor(150, TimeUnit.SECONDS))
                        .as("trial %d ended", trial)
                        .isTrue();
                if (!step.equals("none")) {
                    assertThat(console.exitValue())
                            .as("trial %d halted at %s", trial, step)
                            .isEqualTo(KilledConsole.HALTED);
                }

                fx.gov = fx.open(dev.pilothouse.workspace.deploy.CrashPoint.NONE);
                String recovered = recover(fx);
                outcomes.add("trial " + trial + " (" + step + "): " + recovered);
                LOG.info("trial {} ({}): {}", trial, step, recovered);

                String head = fx.gov.history(1).get(0).id();
                DeployTag latest = fx.gov.deployTags().get(fx.gov.deployTags().size() - 1);
                assertThat(latest.commit())
                        .as("trial %d: main is the latest deploy", trial)
                        .isEqualTo(head);
                boolean deployed = !head.equals(headBefore);
                assertThat(fx.gov.proposal(next.id()).state())
                        .as("trial %d", trial)
                        .isEqualTo(deployed ? ProposalState.DEPLOYED : ProposalState.APPROVED);
                String live = WorkspaceHarper.client().components().getFile(PROJECT, "resources.js");
                try (var git = dev.pilothouse.workspace.versioning.Versioning.open(fx.dir)) {
                    assertThat(live)
                            .as("trial %d: Harper serves main", trial)
                            .isEqualTo(git.files(head).get("resources.js"));
                }
                assertThat(WorkspaceHarper.client()
                                .rest()
                                .get("/Status")
                                .orElseThrow()
                                .path("status")
                                .asText())
                        .as("trial %d: the served version answers", trial)
                        .isEqualTo(deployed ? "trial " + trial : statusOf(fx, headBefore));
                assertThat(fx.home.workspaceState(fx.dir).resolve("deploy-journal.json"))
                        .doesNotExist();
                assertThat(fx.gov.verifyAudit().ok())
                        .as("trial %d: audit chain", trial)
                        .isTrue();
            }
        }
        LOG.info("outcomes:\n{}", String.join("\n", outcomes));
    }

    /**
     * Recovery as an operator runs it: Harper may still be restarting its workers (or, after a deploy it was told to
     * restart for, the whole process) when the console died; then the restore fails, the journal is kept and the
     * documented answer is to run again once Harper answers.
     */
    private static String recover(Fixture fx) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            awaitHarper();
            try {
                return fx.gov.recover().orElse("nothing to recover")
                        + (attempt > 1 ? " (attempt " + attempt + ")" : "");
            } catch (dev.pilothouse.workspace.deploy.DeployAbortedException e) {
                assertThat(e).hasMessageContaining("the journal is kept, rerun to recover");
                assertThat(fx.home.workspaceState(fx.dir).resolve("deploy-journal.json"))
                        .exists();
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void awaitHarper() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                WorkspaceHarper.client().components().list();
                return;
            } catch (dev.pilothouse.runtime.HarperException restarting) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the test Harper did not answer again within 60 s");
    }

    private static String statusOf(Fixture fx, String commit) {
        try (var git = dev.pilothouse.workspace.versioning.Versioning.open(fx.dir)) {
            String js = git.files(commit).get("resources.js");
            int at = js.indexOf("status: '") + "status: '".length();
            return js.substring(at, js.indexOf('\'', at));
        }
    }

    private static Process spawn(Fixture fx, String proposal, String step) throws IOException {
        java.nio.file.Files.createDirectories(fx.home.root());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledConsole.class.getName(),
                        fx.dir.toString(),
                        fx.home.root().toString(),
                        WorkspaceHarper.runtime().dir().toString(),
                        PROJECT,
                        proposal,
                        step,
                        CLOCK)
                .redirectErrorStream(true)
                .redirectOutput(fx.home
                        .root()
                        .resolve("console-" + step + "-" + System.nanoTime() + ".log")
                        .toFile())
                .start();
    }
}
