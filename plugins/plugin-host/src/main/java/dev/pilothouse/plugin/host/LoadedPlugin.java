package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Exporter;
import dev.pilothouse.plugin.api.Kind;
import dev.pilothouse.plugin.api.Panel;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.RuntimeConnector;
import dev.pilothouse.plugin.api.SchemaLintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plugin that passed loading, with its contributions and their names read once (under the guard) at load time.
 * A plugin that hangs is switched off: its thread may still be stuck, so no further call is queued behind it.
 */
final class LoadedPlugin {

    private final PluginRecord record;
    private final ClassLoader loader;
    private final Contributions contributions;
    private volatile String switchedOff;

    LoadedPlugin(PluginRecord record, ClassLoader loader, Contributions contributions) {
        this.record = record;
        this.loader = loader;
        this.contributions = contributions;
    }

    String name() {
        return record.name();
    }

    String source() {
        return record.source();
    }

    ClassLoader loader() {
        return loader;
    }

    Contributions contributions() {
        return contributions;
    }

    String switchedOff() {
        return switchedOff;
    }

    void switchOff(String why) {
        switchedOff = why;
    }

    PluginRecord record() {
        String off = switchedOff;
        return off == null ? record : record.failed("switched off: " + off);
    }

    PluginProblem problem(String message) {
        return new PluginProblem(name(), source(), message);
    }

    /** What a plugin contributes, keyed by the names the plugin gave them. */
    record Contributions(
            Map<String, SchemaLintRule> lintRules,
            Map<String, ProposalValidator> validators,
            List<Panel> panels,
            Map<String, Exporter> exporters,
            List<RuntimeConnector> connectors) {

        List<Kind> kinds() {
            List<Kind> kinds = new ArrayList<>();
            if (!lintRules.isEmpty()) {
                kinds.add(Kind.LINT_RULE);
            }
            if (!validators.isEmpty()) {
                kinds.add(Kind.PROPOSAL_VALIDATOR);
            }
            if (!panels.isEmpty()) {
                kinds.add(Kind.PANEL);
            }
            if (!exporters.isEmpty()) {
                kinds.add(Kind.EXPORTER);
            }
            if (!connectors.isEmpty()) {
                kinds.add(Kind.RUNTIME_CONNECTOR);
            }
            return kinds;
        }
    }
}
