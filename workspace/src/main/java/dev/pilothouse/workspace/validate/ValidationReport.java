package dev.pilothouse.workspace.validate;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.util.List;

/** All steps of one validation, the combined verdict and the most severe schema change class. */
public record ValidationReport(
        List<ValidationStep> steps,
        Verdict verdict,
        String classification,
        List<SchemaChange> changes,
        List<String> policyViolations) {

    public ValidationReport {
        steps = List.copyOf(steps);
        changes = List.copyOf(changes);
        policyViolations = List.copyOf(policyViolations);
    }

    public String summary() {
        return String.join(
                "; ",
                steps.stream().map(s -> s.name() + " " + s.verdict().label()).toList());
    }
}
