package dev.pilothouse.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.host.EmbeddedHost;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A workspace with its own console home, a gateway on a free loopback port, and MCP clients for it. */
final class GatewayFixture implements AutoCloseable {

    static final Identity ADA = Identity.parse("human:ada");
    /** ada as the kit sees her when proved by her OS account. */
    static final dev.pilothouse.workspace.Actor ADA_PROVED =
            new dev.pilothouse.workspace.Actor(ADA, new dev.pilothouse.workspace.humans.OsAccount(1001, "ada").proof());

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\","
            + "\"version\":\"1\"}}}";

    final Path dir;
    final PilothouseHome home;
    final Governance gov;
    final AgentWorkspace ws;
    final AgentRegistry registry;
    final Gateway gateway;
    final EmbeddedHost host;

    GatewayFixture(
            Path tmp,
            Map<String, String> app,
            Optional<HarperClient> runtime,
            String project,
            GatewaySettings settings) {
        this(
                tmp,
                app,
                runtime,
                project,
                settings,
                Optional.empty(),
                new ValidationQueue(ValidationQueue.DEFAULT_PER_AGENT));
    }

    GatewayFixture(
            Path tmp,
            Map<String, String> app,
            Optional<HarperClient> runtime,
            String project,
            GatewaySettings settings,
            ValidationQueue validation) {
        this(tmp, app, runtime, project, settings, Optional.empty(), validation);
    }

    /** As above, with the policy saved before the workspace opens and validation deploying into {@code shadow}. */
    GatewayFixture(
            Path tmp,
            Map<String, String> app,
            Optional<HarperClient> runtime,
            String project,
            GatewaySettings settings,
            Policy policy,
            ShadowHarper shadow) {
        this(
                tmp,
                app,
                runtime,
                project,
                settings,
                Optional.of(new Shadowed(policy, shadow)),
                new ValidationQueue(ValidationQueue.DEFAULT_PER_AGENT));
    }

    private record Shadowed(Policy policy, ShadowHarper shadow) {}

    private GatewayFixture(
            Path tmp,
            Map<String, String> app,
            Optional<HarperClient> runtime,
            String project,
            GatewaySettings settings,
            Optional<Shadowed> shadowed,
            ValidationQueue validation) {
        try {
            Path source = Files.createDirectories(tmp.resolve("source"));
            for (Map.Entry<String, String> file : app.entrySet()) {
                Files.writeString(source.resolve(file.getKey()), file.getValue());
            }
            this.dir = tmp.resolve("app");
            this.home = new PilothouseHome(tmp.resolve("home"));
            WorkspaceInit.init(dir, Optional.of(source), ADA, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shadowed.ifPresent(s -> new PolicyStore(home.policyFile()).save(s.policy()));
        this.gov = shadowed.map(s -> Governance.at(dir, home).shadow(s.shadow()).open())
                .orElseGet(() -> Governance.open(dir, home, Optional.empty()));
        this.ws = new AgentWorkspace(gov, runtime, project, validation);
        this.registry = new AgentRegistry(home, Clock.systemUTC());
        this.gateway = Gateway.create(ws, registry, settings);
        this.host = EmbeddedHost.start(gateway, "127.0.0.1", 0, tmp.resolve("tomcat"));
    }

    String token(String name, Set<Scope> scopes) {
        return registry.add(name, scopes).token();
    }

    McpSyncClient client(String token) {
        URI endpoint = host.endpoint();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                        "http://127.0.0.1:" + endpoint.getPort())
                .endpoint(Gateway.ENDPOINT)
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    /** A raw initialize POST, for what the SDK client would not send (bad tokens, foreign origins). */
    HttpResponse<String> rawInitialize(String token, String origin) {
        return rawPost(token, origin, INITIALIZE);
    }

    HttpResponse<String> rawPost(String token, String origin, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.endpoint())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(McpSchema.CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    List<AuditEntry> audit() {
        return gov.audit().entries();
    }

    List<AuditEntry> audit(String action) {
        return audit().stream().filter(e -> e.action().equals(action)).toList();
    }

    static String detail(AuditEntry entry, String key) {
        JsonNode value = entry.details().path(key);
        return value.asText();
    }

    String auditText() {
        try {
            return Files.readString(gov.audit().file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        host.close();
        gateway.close();
        ws.close();
        gov.close();
    }
}
