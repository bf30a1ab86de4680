package dev.pilothouse.agent.auth;

import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.PolicyBoundary;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.humans.HumanChanges;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.ChangeRequests;
import dev.pilothouse.workspace.requests.PluginTrustChange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kind of boundary change a console applies (policy, roles and removals, agent tokens, plugin trust) over one
 * console home: the CLI and both consoles build their {@link ChangeRequests} here, so they apply the same kinds the
 * same way and count the same admins. {@code more}: a shell's own kinds (the web console's user roles).
 */
public final class BoundaryRequests {

    private BoundaryRequests() {}

    /** The usual case: the system clock. */
    public static ChangeRequests open(PilothouseHome home) {
        return open(home, Clock.systemUTC());
    }

    public static ChangeRequests open(PilothouseHome home, Clock clock, BoundaryChange... more) {
        List<BoundaryChange> kinds = new ArrayList<>();
        kinds.add(PolicyBoundary.in(home, clock));
        kinds.addAll(HumanChanges.over(HumanRegistry.forCurrentAccount(home)));
        kinds.add(new AgentTokenChange(new AgentRegistry(home, clock), new AuditLog(home.auditLog(), clock)));
        kinds.add(new PluginTrustChange(new HomeAllowList(PluginTrust.in(home.root())), clock));
        kinds.addAll(List.of(more));
        return new ChangeRequests(home, clock, kinds);
    }
}
