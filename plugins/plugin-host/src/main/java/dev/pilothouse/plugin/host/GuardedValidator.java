package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.plugin.api.Verdict;

/**
 * A plugin's proposal validator as the workspace pipeline sees it: it gets the plugin's settings, and a throw, a hang
 * or a null result becomes a WARN step naming the plugin and its jar, so a broken plugin is visible to the reviewer
 * but does not stop validation.
 */
final class GuardedValidator implements ProposalValidator {

    private final PluginHost host;
    private final LoadedPlugin plugin;
    private final String name;
    private final ProposalValidator validator;

    GuardedValidator(PluginHost host, LoadedPlugin plugin, String name, ProposalValidator validator) {
        this.host = host;
        this.plugin = plugin;
        this.name = name;
        this.validator = validator;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StepResult validate(ProposalView proposal) {
        ProposalView mine = new ProposalView(
                proposal.id(),
                proposal.author(),
                proposal.rationale(),
                proposal.before(),
                proposal.after(),
                proposal.beforeSchema(),
                proposal.afterSchema(),
                proposal.changes(),
                host.settings().of(plugin.name()));
        try {
            StepResult result = host.call(plugin, "validator " + name, () -> validator.validate(mine));
            if (result == null) {
                return new StepResult(
                        Verdict.WARN,
                        plugin.problem("validator " + name + " returned no result")
                                .toString());
            }
            return result;
        } catch (PluginException e) {
            return new StepResult(Verdict.WARN, "could not run: " + e.getMessage());
        }
    }
}
