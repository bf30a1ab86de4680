package dev.pilothouse.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.Gateway;
import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.host.EmbeddedHost;
import dev.pilothouse.workspace.BuildVersion;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mcp-stdio against a real gateway on loopback: the bridge relays, the server decides. */
class StdioBridgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"stdio\","
            + "\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path tmp;

    Governance gov;
    AgentWorkspace ws;
    Gateway gateway;
    EmbeddedHost host;
    AgentRegistry registry;

    @BeforeEach
    void start() {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        WorkspaceInit.init(tmp.resolve("app"), Optional.empty(), Identity.parse("human:ada"), home);
        gov = Governance.open(tmp.resolve("app"), home, Optional.empty());
        ws = new AgentWorkspace(gov, Optional.empty(), "app");
        registry = new AgentRegistry(home, Clock.systemUTC());
        gateway = Gateway.create(ws, registry, GatewaySettings.LOOPBACK);
        host = EmbeddedHost.start(gateway, "127.0.0.1", 0, tmp.resolve("tomcat"));
    }

    @AfterEach
    void stop() {
        host.close();
        gateway.close();
        ws.close();
        gov.close();
    }

    private List<JsonNode> relay(String token, String... lines) throws Exception {
        StringWriter out = new StringWriter();
        new StdioBridge(host.endpoint(), token)
                .run(new BufferedReader(new StringReader(String.join("\n", lines))), new PrintWriter(out));
        List<JsonNode> replies = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            replies.add(JSON.readTree(line));
        }
        return replies;
    }

    @Test
    void relaysASessionLineByLine() throws Exception {
        String token = registry.add("stdio", Set.of(Scope.READ)).token();

        List<JsonNode> replies = relay(
                token,
                INIT,
                INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"read_file\","
                        + "\"arguments\":{\"file\":\"config.yaml\"}}}");

        assertThat(replies).hasSize(3); // the notification has no reply
        assertThat(replies.get(0).path("result").path("serverInfo").path("name").asText())
                .isEqualTo("pilothouse-agent-gateway");
        assertThat(replies.get(0)
                        .path("result")
                        .path("serverInfo")
                        .path("version")
                        .asText())
                .isEqualTo(BuildVersion.get());
        assertThat(replies.get(1).path("result").path("tools")).hasSize(7);
        assertThat(replies.get(2)
                        .path("result")
                        .path("structuredContent")
                        .path("text")
                        .asText())
                .contains("graphqlSchema");
    }

    @Test
    void aRefusedTokenBecomesAJsonRpcError() throws Exception {
        List<JsonNode> replies = relay("pht_wrong", INIT);

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(replies.get(0).path("error").path("message").asText()).contains("HTTP 401");
    }
}
