package dev.pilothouse.web.archfixture;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * What {@code ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY} exists to catch: a shell changing the boundary
 * straight away, around a change request, once for each method it names. Never run; only imported by
 * {@code ArchitectureTest}.
 */
public final class DirectBoundaryChanges {

    private DirectBoundaryChanges() {}

    static void agentToken(AgentRegistry agents) {
        agents.add("ci", Set.of(Scope.PROPOSE));
    }

    static void pluginJar(PluginTrust trust, Path jar) {
        trust.trust(jar, "human:ada", Instant.EPOCH);
    }

    static void pluginHash(PluginTrust trust) {
        trust.trustHash("0".repeat(64), "jar", "human:ada", Instant.EPOCH);
    }

    static void webRoles(UserStore users) {
        users.setRoles("ada", "bob", Set.of(Role.ADMIN));
    }

    static void policy(PolicyStore store, Policy open) {
        store.save(open);
    }
}
