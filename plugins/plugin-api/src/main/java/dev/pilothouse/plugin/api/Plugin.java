package dev.pilothouse.plugin.api;

import java.util.List;

/**
 * The one service a plugin jar provides. The host calls {@link #descriptor()} first and refuses the plugin when its
 * API version does not fit; then it asks for the contributions. Each list may be empty; none may be null.
 * Implementations need a public no-argument constructor (ServiceLoader) and should do no work in it.
 */
public interface Plugin {

    PluginDescriptor descriptor();

    default List<SchemaLintRule> lintRules() {
        return List.of();
    }

    default List<ProposalValidator> proposalValidators() {
        return List.of();
    }

    default List<Panel> panels() {
        return List.of();
    }

    default List<Exporter> exporters() {
        return List.of();
    }

    default List<RuntimeConnector> runtimeConnectors() {
        return List.of();
    }
}
