package dev.pilothouse.workspace.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.runtime.RuntimeSetupException;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.policy.Policy;
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
 * change touches are seeded with the first {@code shadowSample} records of the target, and smoke checks run (the
 * component is healthy, every exported table answers GET, every exported custom resource answers the Resource
 * methods it declares). Whether it runs is the policy's {@code shadowDeploy}: {@code off} skips it, {@code auto}
 * skips it with the reason when no shadow can start, {@code required} fails then.
 */
public final class ShadowCheck {

    public static final String STEP = "shadow-deploy";
    /** The component name the proposal is deployed under in the shadow. */
    public static final String PROJECT = "pilothouse_shadow";

    private final ShadowHarper shadow;
    private final Duration deployTimeout;

    public ShadowCheck(ShadowHarper shadow, Duration deployTimeout) {
        this.shadow = shadow;
        this.deployTimeout = deployTimeout;
    }

    public ValidationStep run(Policy policy, SchemaModel before, SchemaModel after, List<SchemaChange> changes,
                              Path proposedDir, Map<String, String> proposed, Optional<RuntimeTarget> target) {
        ShadowMode mode = policy.shadowMode();
        if (mode == ShadowMode.OFF) {
            return new ValidationStep(STEP, Verdict.PASS, "skipped: the policy sets shadowDeploy to off");
        }
        Optional<String> missing = shadow.unavailable();
        HarperClient client;
        try {
            if (missing.isPresent()) {
                throw new RuntimeSetupException(missing.get());
            }
            client = shadow.client();
        } catch (HarperException e) {
            String reason = missing.orElse("the shadow Harper in " + shadow.dir() + " did not start: "
                    + e.getMessage());
            return mode == ShadowMode.REQUIRED
                    ? new ValidationStep(STEP, Verdict.FAIL, "the policy requires a shadow deploy but " + reason)
                    : new ValidationStep(STEP, Verdict.PASS, "skipped: " + reason);
        }
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        try {
            reset(client, before, after);
            shadow.deployer().deploy(proposedDir, PROJECT, deployTimeout);
            lines.add("deployed into the shadow Harper at " + client.endpoint().operationsUrl());
        } catch (HarperException | IllegalStateException e) {
            lines.add("the deploy into the shadow failed: " + e.getMessage());
            return new ValidationStep(STEP, Verdict.FAIL, String.join("\n", lines));
        }
        try {
            ShadowSeed.Result seeded = target.isPresent()
                    ? new ShadowSeed(client, target.get(), policy.shadowSample()).seed(before, after, affected(changes))
                    : ShadowSeed.Result.none("no target runtime given: the shadow runs without seed data");
            lines.addAll(seeded.lines());
            verdict = verdict.worst(seeded.verdict());
            SmokeChecks.Result smoke = new SmokeChecks(client, PROJECT).run(after,
                    proposed.getOrDefault("resources.js", ""), proposedDir.resolve("resources.js"), seeded.firstIds());
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
