package dev.pilothouse.agent.auth;

import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.plugin.host.TrustedJar;
import dev.pilothouse.workspace.requests.PluginTrustChange;
import java.time.Instant;
import java.util.Optional;

/**
 * The console home's plugin allow-list as the workspace kit's {@link PluginTrustChange.AllowList}. It lives here
 * because the workspace kit does not know the plugin host; this kit knows both, so no shell writes it again.
 */
record HomeAllowList(PluginTrust trust) implements PluginTrustChange.AllowList {

    @Override
    public Optional<String> nameOf(String sha256) {
        return trust.find(sha256).map(TrustedJar::name);
    }

    @Override
    public void trust(String sha256, String name, String by, Instant at) {
        trust.trustHash(sha256, name, by, at);
    }
}
