package dev.pilothouse.web.review;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * The console's workspace under governance, when it is one (a folder made by {@code pilothouse init}: a Git
 * repository). A plain folder of app files still opens in the workbench; review and history then say how to start.
 * The component deployed to is named after the workspace folder, as the CLI does.
 */
public final class GovernedWorkspace implements AutoCloseable {

    private final Optional<Governance> governance;

    public GovernedWorkspace(WebOptions options, HarperConnection harper) {
        this(options, harper, List.of());
    }

    /** With plugin proposal validators (already guarded by their host) joining every validation. */
    public GovernedWorkspace(WebOptions options, HarperConnection harper, List<ProposalValidator> validators) {
        if (Files.isDirectory(options.workspace().resolve(".git"))) {
            String project = options.component();
            Optional<RuntimeTarget> target = harper.endpoint().isPresent()
                    ? Optional.of(new LazyHarperTarget(harper, project))
                    : Optional.empty();
            governance = Optional.of(Governance.at(options.workspace(), new PilothouseHome(options.home()))
                    .runtime(target)
                    .validators(validators)
                    .open());
        } else {
            governance = Optional.empty();
        }
    }

    public Optional<Governance> governance() {
        return governance;
    }

    @Override
    public void close() {
        governance.ifPresent(Governance::close);
    }
}
