package dev.pilothouse.workspace.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.Protection;
import dev.pilothouse.workspace.policy.ShadowMode;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shadow-deploy validation step: the proposal's files are deployed into the {@link ShadowHarper}, the tables the
 * change touches are seeded with the first {@code shadowSample} records of the target (protected data left out), and
 * smoke checks run (the component is healthy, every exported table answers GET, every exported custom resource
 * answers the Resource methods it declares). Whether it runs is the policy's {@code shadowDeploy}: {@code off} skips
 * it, {@code auto} skips it with the reason when no shadow can start, {@code required} fails then. A proposal that
 * changes code ({@link #CODE_FILES}) runs only confined; where no sandbox can be built it waits for a reviewer, who
 * may run it unconfined on purpose.
 */
public final class ShadowCheck {

    public static final String STEP = "shadow-deploy";
    /** The component name the proposal is deployed under in the shadow. */
    public static final String PROJECT = "pilothouse_shadow";
    /** The app files Harper executes or that decide what it executes. */
    public static final Set<String> CODE_FILES = Set.of("resources.js", "config.yaml", "package.json");
    /** How a shadow step that waits for a reviewer begins its output (the consoles look for it). */
    public static final String WAITS = "waits for a reviewer";
    /** Part of the output of a shadow step skipped because nobody accepted Harper's terms for the shadow. */
    public static final String TERMS_NOT_ACCEPTED = "Harper's terms are not accepted for the shadow";

    private final ShadowHarper shadow;
    private final Duration deployTimeout;

    public ShadowCheck(ShadowHarper shadow, Duration deployTimeout) {
        this.shadow = shadow;
        this.deployTimeout = deployTimeout;
    }

    public ShadowHarper shadow() {
        return shadow;
    }

    /** The code files a proposal changes against its base, which running it would execute. */
    public static List<String> codeChanges(Map<String, String> before, Map<String, String> proposed) {
        return CODE_FILES.stream()
                .sorted()
                .filter(f -> !java.util.Objects.equals(before.get(f), proposed.get(f)))
                .toList();
    }

    /**
     * Runs the step. {@code unconfinedConsent} is a reviewer's explicit choice to run a code-changing proposal on a
     * machine without a sandbox; it is never given for work an agent started.
     */
    public ValidationStep run(
            Policy policy,
            SchemaModel before,
            SchemaModel after,
            List<SchemaChange> changes,
            Path proposedDir,
            Map<String, String> baseFiles,
            Map<String, String> proposed,
            Optional<RuntimeTarget> target,
            boolean unconfinedConsent) {
        synchronized (shadow) { // one run at a time: each starts from its own reset (or a fresh sandbox)
            return runAlone(
                    policy, before, after, changes, proposedDir, baseFiles, proposed, target, unconfinedConsent);
        }
    }

    private ValidationStep runAlone(
            Policy policy,
            SchemaModel before,
            SchemaModel after,
            List<SchemaChange> changes,
            Path proposedDir,
            Map<String, String> baseFiles,
            Map<String, String> proposed,
            Optional<RuntimeTarget> target,
            boolean unconfinedConsent) {
        ShadowMode mode = policy.shadowMode();
        if (mode == ShadowMode.OFF) {
            return new ValidationStep(STEP, Verdict.SKIPPED, "skipped: the policy sets shadowDeploy to off");
        }
        List<String> code = codeChanges(baseFiles, proposed);
        Optional<String> missing = shadow.unavailable()
                .or(
                        () -> shadow.termsAccepted()
                                ? Optional.empty()
                                : Optional.of(
                                        TERMS_NOT_ACCEPTED
                                                + " (an admin accepts them once, in either console or with 'validate --accept-harper-terms')"));
        if (missing.isPresent()) {
            return mode == ShadowMode.REQUIRED
                    ? new ValidationStep(STEP, Verdict.FAIL, "the policy requires a shadow deploy but " + missing.get())
                    : new ValidationStep(STEP, Verdict.SKIPPED, "skipped: " + missing.get());
        }
        if (!code.isEmpty() && !shadow.confinable() && !unconfinedConsent) {
            return new ValidationStep(
                    STEP,
                    Verdict.SKIPPED,
                    WAITS + ": the proposal changes " + String.join(", ", code)
                            + ", which Harper would run with this console's rights, and no sandbox can be built here ("
                            + shadow.confinementUnavailable().orElse("")
                            + "). A reviewer who has read the code may run it"
                            + " unconfined: 'validate ID --unconfined', or Run shadow in either console.");
        }
        HarperClient client;
        try {
            client = shadow.begin(!code.isEmpty());
        } catch (HarperException e) {
            String reason = "the shadow Harper in " + shadow.dir() + " did not start: " + e.getMessage();
            return mode == ShadowMode.REQUIRED
                    ? new ValidationStep(STEP, Verdict.FAIL, "the policy requires a shadow deploy but " + reason)
                    : new ValidationStep(STEP, Verdict.SKIPPED, "skipped: " + reason);
        }
        List<String> lines = new ArrayList<>();
        lines.add(
                shadow.confinedNow()
                        ? "confined: the shadow runs in a sandbox with no network and no access to"
                                + " this console's files"
                        : "UNCONFINED: "
                                + (code.isEmpty()
                                        ? "the proposal changes no code"
                                        : "a reviewer chose to run " + String.join(", ", code)
                                                + " with this console's rights"));
        Verdict verdict = Verdict.PASS;
        try {
            reset(client, before, after);
            shadow.deployer().deploy(proposedDir, PROJECT, deployTimeout);
            lines.add("deployed into the shadow Harper"); // not where: the output reaches agents
        } catch (HarperException | IllegalStateException e) {
            lines.add("the deploy into the shadow failed: " + e.getMessage());
            return new ValidationStep(STEP, Verdict.FAIL, String.join("\n", lines));
        }
        try {
            ShadowSeed.Result seeded = target.isPresent()
                    ? new ShadowSeed(client, target.get(), policy.shadowSample(), new Protection(policy))
                            .seed(before, after, affected(changes))
                    : ShadowSeed.Result.none("no target runtime given: the shadow runs without seed data");
            lines.addAll(seeded.lines());
            verdict = verdict.worst(seeded.verdict());
            SmokeChecks.Result smoke = new SmokeChecks(client, PROJECT)
                    .run(
                            after,
                            proposed.getOrDefault("resources.js", ""),
                            proposedDir.resolve("resources.js"),
                            seeded.firstIds());
            lines.addAll(smoke.lines());
            verdict = verdict.worst(smoke.verdict());
        } catch (HarperException e) {
            lines.add("FAIL the shadow stopped answering: " + e.getMessage());
            verdict = Verdict.FAIL;
        }
        return new ValidationStep(STEP, verdict, String.join("\n", lines));
    }

    private static Set<String> affected(List<SchemaChange> changes) {
        Set<String> out = new LinkedHashSet<>();
        changes.forEach(c -> out.add(c.table()));
        return out;
    }

    /** Drops the previous proposal's component and tables, so every shadow run starts from its own seed only. */
    private static void reset(HarperClient client, SchemaModel before, SchemaModel after) {
        if (client.components().find(PROJECT).isPresent()) {
            client.components().drop(PROJECT);
        }
        JsonNode all = client.describeAll();
        Set<String> seen = new LinkedHashSet<>();
        for (SchemaModel model : List.of(before, after)) {
            for (Table t : model.tables()) {
                if (seen.add(t.qualifiedName()) && all.path(t.database()).has(t.tableName())) {
                    client.dropTable(t.database(), t.tableName());
                }
            }
        }
    }
}
