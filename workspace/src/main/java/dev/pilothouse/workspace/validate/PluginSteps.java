package dev.pilothouse.workspace.validate;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.plugin.PluginViews;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin validators' steps, recorded as {@code plugin:NAME}. The host that supplies them already runs plugin
 * code guarded; this class still turns a throw into a WARN step so no validator can abort a validation.
 */
final class PluginSteps {

    static final String PREFIX = "plugin:";
    private static final Logger LOG = LoggerFactory.getLogger(PluginSteps.class);

    private final List<ProposalValidator> validators;

    PluginSteps(List<ProposalValidator> validators) {
        this.validators = List.copyOf(validators);
    }

    boolean isEmpty() {
        return validators.isEmpty();
    }

    List<ValidationStep> run(
            Proposal p,
            Map<String, String> before,
            Map<String, String> after,
            SchemaModel oldModel,
            SchemaModel newModel,
            List<SchemaChange> changes) {
        ProposalView view = new ProposalView(
                p.id(),
                p.author(),
                p.message(),
                before,
                after,
                PluginViews.schema("schema.graphql", oldModel),
                PluginViews.schema("schema.graphql", newModel),
                PluginViews.changes(changes),
                Map.of());
        List<ValidationStep> steps = new ArrayList<>();
        for (ProposalValidator validator : validators) {
            String name = PREFIX + validator.getClass().getName();
            try {
                name = PREFIX + validator.name();
                StepResult result = validator.validate(view);
                steps.add(new ValidationStep(
                        name, Verdict.valueOf(result.verdict().name()), result.output()));
            } catch (RuntimeException e) {
                LOG.warn("validator {} failed on {}", name, p.id(), e);
                steps.add(new ValidationStep(name, Verdict.WARN, "could not run: " + e));
            }
        }
        return steps;
    }
}
