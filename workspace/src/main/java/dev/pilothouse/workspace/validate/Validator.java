package dev.pilothouse.workspace.validate;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.diff.Classification;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.diff.SchemaDiff;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.policy.PackageManifest;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyCheck;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The validation pipeline: diagnostics of the three files, the semantic schema diff against the base, the policy
 * check and, with a runtime, live evidence (record counts of the tables the change touches). Every step is kept with
 * its output.
 */
public final class Validator {

    private final PluginSteps plugins;

    /** A pipeline with the built-in steps only. */
    public Validator() {
        this(List.of());
    }

    /** A pipeline that also runs {@code extra} (plugin validators) on proposals, each as a recorded step. */
    public Validator(List<ProposalValidator> extra) {
        this.plugins = new PluginSteps(extra);
    }

    /** Validates a proposal: the built-in steps, then one step per plugin validator. */
    public ValidationReport validate(
            Proposal proposal,
            Map<String, String> before,
            Path proposedDir,
            Map<String, String> proposed,
            Policy policy,
            Optional<RuntimeTarget> runtime) {
        return validate(proposal, before, proposedDir, proposed, policy, runtime, Optional.empty(), false);
    }

    /**
     * As above, with the shadow deploy after the built-in steps and before the plugin steps; {@code
     * unconfinedConsent} is a reviewer's explicit choice to run code unconfined where no sandbox exists.
     */
    public ValidationReport validate(
            Proposal proposal,
            Map<String, String> before,
            Path proposedDir,
            Map<String, String> proposed,
            Policy policy,
            Optional<RuntimeTarget> runtime,
            Optional<ShadowCheck> shadow,
            boolean unconfinedConsent) {
        ValidationReport core = validate(before, proposedDir, proposed, policy, runtime, shadow, unconfinedConsent);
        if (plugins.isEmpty()) {
            return core;
        }
        LanguageService language = new LanguageService();
        SchemaModel oldModel = model(language, "before", before.getOrDefault("schema.graphql", ""));
        SchemaModel newModel = model(language, "after", proposed.getOrDefault("schema.graphql", ""));
        List<ValidationStep> steps = new ArrayList<>(core.steps());
        steps.addAll(plugins.run(proposal, before, proposed, oldModel, newModel, core.changes()));
        Verdict verdict = steps.stream().map(ValidationStep::verdict).reduce(Verdict.PASS, Verdict::worst);
        return new ValidationReport(steps, verdict, core.classification(), core.changes(), core.policyViolations());
    }

    /** The deploy-time revalidation: diagnostics, the semantic diff and the schema's protection. */
    public ValidationReport validate(
            Map<String, String> before,
            Path proposedDir,
            Map<String, String> proposed,
            Policy policy,
            Optional<RuntimeTarget> runtime) {
        return run(before, proposedDir, proposed, policy, runtime, Optional.empty(), false, false);
    }

    /**
     * The validation of a change against the version it was made on: as above (with the policy step's findings on
     * {@code resources.js} and {@code config.yaml} too), then (with {@code shadow}) the shadow deploy with its smoke
     * checks as the last step.
     */
    public ValidationReport validate(
            Map<String, String> before,
            Path proposedDir,
            Map<String, String> proposed,
            Policy policy,
            Optional<RuntimeTarget> runtime,
            Optional<ShadowCheck> shadow,
            boolean unconfinedConsent) {
        return run(before, proposedDir, proposed, policy, runtime, shadow, unconfinedConsent, true);
    }

    /**
     * {@code acrossFiles}: whether the policy step reads {@code resources.js} and {@code config.yaml} as well. The
     * deploy-time revalidation (against what is live, {@link #validate(Map, Path, Map, Policy, Optional)}) checks
     * the schema only: between the live version and the one deployed lie humans' own commits, and those may change
     * the boundary; what a proposal itself changes was checked against its base when it was made and validated.
     */
    private ValidationReport run(
            Map<String, String> before,
            Path proposedDir,
            Map<String, String> proposed,
            Policy policy,
            Optional<RuntimeTarget> runtime,
            Optional<ShadowCheck> shadow,
            boolean unconfinedConsent,
            boolean acrossFiles) {
        LanguageService language = new LanguageService(); // its cache is per URI and version: one per validation
        List<ValidationStep> steps = new ArrayList<>();
        steps.add(diagnostics(language, proposedDir, proposed));
        SchemaModel oldModel = model(language, "before", before.getOrDefault("schema.graphql", ""));
        SchemaModel newModel = model(language, "after", proposed.getOrDefault("schema.graphql", ""));
        List<SchemaChange> changes = SchemaDiff.diff(oldModel, newModel);
        steps.add(diffStep(changes));
        List<String> violations = new ArrayList<>(PolicyCheck.violations(policy, oldModel, newModel, changes));
        if (acrossFiles) {
            violations.addAll(PolicyCheck.files(policy, oldModel, before, proposed));
        }
        steps.add(new ValidationStep(
                "policy",
                violations.isEmpty() ? Verdict.PASS : Verdict.FAIL,
                violations.isEmpty()
                        ? "no protected table or attribute is touched ("
                                + policy.protectedPrimitives().size() + " protected by name)"
                                + (acrossFiles
                                        ? "; resources.js"
                                                + " reaches no protected data and config.yaml changes no boundary key"
                                        : "")
                        : String.join("\n", violations)));
        runtime.ifPresent(r -> steps.add(evidence(r, oldModel, newModel, changes)));
        if (steps.stream().anyMatch(s -> s.verdict() == Verdict.FAIL)) {
            shadow.ifPresent(s -> steps.add(new ValidationStep(
                    ShadowCheck.STEP,
                    Verdict.SKIPPED,
                    "skipped: an earlier step fails, so the proposal would not be deployed anyway")));
        } else {
            shadow.ifPresent(s -> steps.add(s.run(
                    policy, oldModel, newModel, changes, proposedDir, before, proposed, runtime, unconfinedConsent)));
        }
        Verdict verdict = steps.stream().map(ValidationStep::verdict).reduce(Verdict.PASS, Verdict::worst);
        Classification worst = changes.stream()
                .map(SchemaChange::classification)
                .max(Enum::compareTo)
                .orElse(Classification.SAFE);
        return new ValidationReport(steps, verdict, worst.label(), changes, violations);
    }

    /** The classified schema changes between two file sets. */
    public List<SchemaChange> schemaChanges(Map<String, String> before, Map<String, String> after) {
        LanguageService language = new LanguageService();
        return SchemaDiff.diff(
                model(language, "before", before.getOrDefault("schema.graphql", "")),
                model(language, "after", after.getOrDefault("schema.graphql", "")));
    }

    /** Just the policy check (schema, code and configuration), used to refuse a proposal before it is stored. */
    public List<String> policyViolations(Map<String, String> before, Map<String, String> after, Policy policy) {
        LanguageService language = new LanguageService();
        SchemaModel oldModel = model(language, "before", before.getOrDefault("schema.graphql", ""));
        SchemaModel newModel = model(language, "after", after.getOrDefault("schema.graphql", ""));
        List<String> out = new ArrayList<>(
                PolicyCheck.violations(policy, oldModel, newModel, SchemaDiff.diff(oldModel, newModel)));
        out.addAll(PolicyCheck.files(policy, oldModel, before, after));
        return out;
    }

    private static ValidationStep diagnostics(LanguageService language, Path dir, Map<String, String> files) {
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        for (String name : AppFiles.REQUIRED) {
            String text = files.get(name);
            if (text == null) {
                lines.add(name + ": missing");
                verdict = Verdict.FAIL;
                continue;
            }
            Analysis analysis =
                    language.analyze(new DocumentSnapshot(dir.resolve(name).toString(), 1, text));
            for (Diagnostic d : analysis.diagnostics()) {
                lines.add(name + ":" + d.range().startLine() + ":" + d.range().startColumn() + " "
                        + d.severity().label() + " " + d.code() + " " + d.message());
                verdict = verdict.worst(
                        d.isError() ? Verdict.FAIL : d.severity() == Severity.WARNING ? Verdict.WARN : Verdict.PASS);
            }
        }
        String manifest = files.get("package.json");
        if (manifest != null) {
            for (PackageManifest.Problem p : PackageManifest.problems(manifest)) {
                lines.add("package.json:" + p.line() + ":" + p.column() + " " + (p.error() ? "error" : "warning")
                        + " package-json " + p.message());
                verdict = verdict.worst(p.error() ? Verdict.FAIL : Verdict.WARN);
            }
        }
        return new ValidationStep(
                "diagnostics",
                verdict,
                lines.isEmpty()
                        ? "no problems in "
                                + String.join(
                                        ", ",
                                        AppFiles.ALL.stream()
                                                .filter(files::containsKey)
                                                .toList())
                        : String.join("\n", lines));
    }

    private static ValidationStep diffStep(List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return new ValidationStep("semantic-diff", Verdict.PASS, "the schema's tables are unchanged");
        }
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        for (SchemaChange c : changes) {
            lines.add(c.classification().label() + " " + c.code() + " " + c.table()
                    + (c.attribute() == null ? "" : "." + c.attribute()) + ": " + c.message());
            verdict = verdict.worst(c.classification() == Classification.SAFE ? Verdict.PASS : Verdict.WARN);
        }
        return new ValidationStep("semantic-diff", verdict, String.join("\n", lines));
    }

    private static ValidationStep evidence(
            RuntimeTarget runtime, SchemaModel before, SchemaModel after, List<SchemaChange> changes) {
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        for (String typeName :
                changes.stream().map(SchemaChange::table).distinct().toList()) {
            var table = before.table(typeName);
            if (table.isEmpty()) {
                lines.add(typeName + ": new table, no records yet");
                continue;
            }
            try {
                OptionalLong count =
                        runtime.recordCount(table.get().database(), table.get().tableName());
                boolean breaking = changes.stream()
                        .anyMatch(c -> c.table().equals(typeName) && c.classification() == Classification.BREAKING);
                lines.add(typeName + ": " + (count.isPresent() ? count.getAsLong() + " records" : "count unknown")
                        + (breaking ? " affected by a breaking change" : ""));
                if (breaking && count.orElse(0) > 0) {
                    verdict = Verdict.WARN;
                }
                Optional<Realtime.Line> realtime = Realtime.of(runtime, table.get(), breaking);
                realtime.ifPresent(r -> lines.add(r.text()));
                verdict = realtime.filter(Realtime.Line::warn).isPresent() ? Verdict.WARN : verdict;
            } catch (RuntimeException e) {
                lines.add(typeName + ": could not read from " + runtime.describe() + ": " + e.getMessage());
                verdict = Verdict.WARN;
            }
        }
        for (SchemaChange change : changes) {
            try {
                Optional<String> line = Violations.count(runtime, before, after, change);
                if (line.isPresent()) {
                    lines.add(line.get());
                    verdict = line.get().contains(": 0 of ") ? verdict : Verdict.WARN;
                }
            } catch (RuntimeException e) {
                lines.add(change.table() + "." + change.attribute() + ": could not scan records: " + e.getMessage());
                verdict = Verdict.WARN;
            }
        }
        return new ValidationStep(
                "live-evidence", verdict, lines.isEmpty() ? "no table is affected" : String.join("\n", lines));
    }

    static SchemaModel model(LanguageService language, String label, String text) {
        Analysis analysis = language.analyze(new DocumentSnapshot(label + "/schema.graphql", 1, text));
        return analysis.model() == null ? SchemaModel.EMPTY : analysis.model();
    }
}
