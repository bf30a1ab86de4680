package dev.pilothouse.desktop.service;

import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.BoundaryRequests;
import dev.pilothouse.desktop.viewmodel.BoundaryPort;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@link BoundaryPort} over the console home, as the CLI builds it: every boundary kind ({@link BoundaryRequests}),
 * deciding with the home's admins (the kit's count), the desktop's human proved by this process's OS account.
 */
public final class DesktopBoundary implements BoundaryPort {

    private final PilothouseHome home;
    private final HumanRegistry humans;

    public DesktopBoundary(PilothouseHome home, HumanRegistry humans) {
        this.home = home;
        this.humans = humans;
    }

    @Override
    public ChangeRequests requests() {
        return BoundaryRequests.open(home);
    }

    /** No role asked here: the change requests decide who may file, approve or acknowledge, and say why not. */
    @Override
    public Actor user(String action) {
        return humans.prove(Optional.empty(), action, null);
    }

    @Override
    public List<Agent> agents() {
        return new AgentRegistry(home, Clock.systemUTC())
                .list().stream().filter(a -> !a.revokedAlready()).toList();
    }
}
