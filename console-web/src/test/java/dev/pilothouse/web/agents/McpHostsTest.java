package dev.pilothouse.web.agents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.web.WebNetwork;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Host and Origin checks of /mcp follow the address the console was bound to. */
class McpHostsTest {

    private static void check(WebNetwork network, String host, String origin) throws Exception {
        GatewaySettings settings = McpHosts.settings(network);
        var validator = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(settings.allowedOrigins())
                .allowedHosts(settings.allowedHosts())
                .build();
        validator.validateHeaders(
                origin == null
                        ? Map.of("Host", List.of(host))
                        : Map.of("Host", List.of(host), "Origin", List.of(origin)));
    }

    private static WebNetwork bound(String address, String... publicHosts) throws Exception {
        return new WebNetwork(InetAddress.getByName(address), Optional.empty(), false, List.of(publicHosts));
    }

    @Test
    void aLoopbackConsoleAcceptsLocalhost() {
        assertThatCode(() -> check(WebNetwork.local(), "localhost:8080", "http://localhost:8080"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(WebNetwork.local(), "127.0.0.1:8080", null)).doesNotThrowAnyException();
    }

    @Test
    void aConsoleOnANetworkAddressRefusesHostLocalhost() {
        assertThatThrownBy(() -> check(bound("192.0.2.10"), "localhost:8080", null))
                .as("DNS rebinding or a forged Host")
                .isInstanceOf(ServerTransportSecurityException.class);
        assertThatCode(() -> check(bound("192.0.2.10"), "192.0.2.10:8080", null))
                .doesNotThrowAnyException();
    }

    @Test
    void configuredPublicHostsAreAcceptedAndOthersAreNot() throws Exception {
        WebNetwork network = bound("192.0.2.10", "console.example.org");
        assertThatCode(() -> check(network, "console.example.org", "https://console.example.org"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(network, "console.example.org", "https://evil.example"))
                .isInstanceOf(ServerTransportSecurityException.class);
        assertThatThrownBy(() -> check(network, "evil.example", null))
                .isInstanceOf(ServerTransportSecurityException.class);
    }

    @Test
    void aWildcardBindWithoutPublicHostsAcceptsNoHostAtAll() {
        assertThatThrownBy(() -> check(bound("0.0.0.0"), "localhost:8080", null))
                .isInstanceOf(ServerTransportSecurityException.class);
        assertThatThrownBy(() -> check(bound("0.0.0.0"), "192.0.2.10:8080", null))
                .isInstanceOf(ServerTransportSecurityException.class);
    }
}
