package dev.pilothouse.plugin.bundled.migration;

import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.plugin.api.PluginDescriptor;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.bundled.Bundled;
import java.util.List;

/** A proposal with a breaking schema change must say in its rationale how existing data and clients migrate. */
public final class MigrationNotePlugin implements Plugin {

    static final String NAME = "migration-note";

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                NAME,
                Bundled.VERSION,
                PluginApi.VERSION,
                "breaking schema changes need a migration note in the proposal's rationale");
    }

    @Override
    public List<ProposalValidator> proposalValidators() {
        return List.of(new MigrationNoteValidator());
    }
}
