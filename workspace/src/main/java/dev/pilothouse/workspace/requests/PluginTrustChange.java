package dev.pilothouse.workspace.requests;

import dev.pilothouse.workspace.Actor;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Trusting a workspace plugin jar (its SHA-256) as a change request. The allow-list itself belongs to the plugin
 * host, which this kit does not depend on: the agent gateway's {@code BoundaryRequests} hands it in as an
 * {@link AllowList}. Untrusting stays immediate: it only narrows the boundary.
 */
public final class PluginTrustChange implements BoundaryChange {

    public static final String KIND = "plugin.trust";

    /** The console home's allow-list of jar hashes. */
    public interface AllowList {
        /** The jar name listed for {@code sha256}; empty when the hash is not trusted. */
        Optional<String> nameOf(String sha256);

        void trust(String sha256, String name, String by, java.time.Instant at);
    }

    private final AllowList list;
    private final Clock clock;

    public PluginTrustChange(AllowList list, Clock clock) {
        this.list = list;
        this.clock = clock;
    }

    /** The request to trust the jar {@code name} whose bytes hash to {@code sha256}. */
    public static Change change(String sha256, String name) {
        return new Change(
                KIND,
                "plugin:" + sha256,
                "trust plugin " + name + " (sha256 " + sha256 + ")",
                "sha256 " + sha256 + " trusted as " + name,
                Map.of("sha256", sha256, "name", name),
                Optional.empty());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String current(Map<String, String> payload) {
        String sha = payload.get("sha256");
        return list.nameOf(sha).map(n -> "sha256 " + sha + " trusted as " + n).orElse("sha256 " + sha + " not trusted");
    }

    @Override
    public void apply(ChangeRequest request, Actor by) {
        list.trust(request.payload().get("sha256"), request.payload().get("name"), by.toString(), clock.instant());
    }
}
