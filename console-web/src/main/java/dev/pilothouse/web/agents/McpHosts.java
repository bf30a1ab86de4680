package dev.pilothouse.web.agents;

import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.web.WebNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Host} and {@code Origin} values the console's {@code /mcp} accepts, taken from where the console was
 * actually bound: the loopback names only when bound to loopback, else the bind address itself plus the configured
 * public host names. A request saying {@code Host: localhost} to a console bound to a network address is a DNS
 * rebinding attempt or a forged header, and is refused.
 */
public final class McpHosts {

    /** Matches no real Host header: with an empty list the SDK's validator would accept any host. */
    static final String NONE = "no-host-configured.invalid";

    private McpHosts() {}

    public static GatewaySettings settings(WebNetwork network) {
        List<String> hosts = hosts(network);
        List<String> origins = new ArrayList<>();
        for (String host : hosts) {
            origins.add("http://" + host);
            origins.add("https://" + host);
        }
        return new GatewaySettings(
                origins,
                hosts,
                GatewaySettings.LOOPBACK.burst(),
                GatewaySettings.LOOPBACK.perMinute(),
                GatewaySettings.LOOPBACK.maxRequestBytes());
    }

    /** Host patterns, each {@code name:*} (any port, or none). */
    static List<String> hosts(WebNetwork network) {
        List<String> hosts = new ArrayList<>();
        if (network.loopback()) {
            hosts.addAll(GatewaySettings.LOOPBACK.allowedHosts());
        } else if (!network.bind().isAnyLocalAddress()) {
            hosts.add(network.urlHost() + ":*");
        }
        network.publicHosts().forEach(name -> hosts.add(name + ":*"));
        return hosts.isEmpty() ? List.of(NONE) : List.copyOf(hosts);
    }
}
