package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.WebNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A console started without --bind listens on loopback only; /mcp answers its refusals itself. */
class NetworkDefaultsIT {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static ConfigurableApplicationContext context;
    private static int port;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        context = Consoles.start("network-it", WebNetwork.local());
        port = Consoles.port(context);
        token = context.getBean(AgentRegistry.class)
                .add("net-agent", Set.of(Scope.READ))
                .token();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void withoutBindTheConsoleIsNotReachableOnANetworkAddress() throws Exception {
        List<InetAddress> network = NetworkInterface.networkInterfaces()
                .filter(NetworkDefaultsIT::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !(a instanceof Inet6Address v6 && v6.isLinkLocalAddress()))
                .toList();
        for (InetAddress address : network) {
            assertThatThrownBy(() -> connect(address)).as("%s", address).isInstanceOf(IOException.class);
        }
        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer())
                .getTomcat()
                .getConnector();
        assertThat((InetAddress) connector.getProperty("address"))
                .as("the connector's address")
                .matches(InetAddress::isLoopbackAddress);
    }

    @Test
    void withoutBindTheConsoleAnswersOnLoopback() throws Exception {
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
    }

    @Test
    void aForeignOriginOnMcpGets403SayingWhyAndIsAudited() throws Exception {
        HttpResponse<String> response = HTTP.send(
                mcp().header("Authorization", "Bearer " + token)
                        .header("Origin", "http://evil.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("Origin");
        assertThat(auditLog()).contains("agent.origin.refused").contains("evil.example");
    }

    @Test
    void aForeignHostOnMcpIsRefusedSayingWhy() throws Exception {
        String reply = raw("POST /mcp HTTP/1.1\r\nHost: rebound.example:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + "Content-Length: " + INITIALIZE.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + INITIALIZE);

        // 421 Misdirected Request: the MCP SDK's answer to a Host that is not this server
        assertThat(reply)
                .startsWith("HTTP/1.1 421")
                .contains("Invalid Host header")
                .doesNotContain("Location:");
    }

    @Test
    void aPathBelowMcpIsNotTheGatewayAndNeedsASession() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp/anything"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static HttpRequest.Builder mcp() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void connect(InetAddress address) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static boolean up(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    private static String auditLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(WebFixture.TARGET.resolve("network-it/home"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
