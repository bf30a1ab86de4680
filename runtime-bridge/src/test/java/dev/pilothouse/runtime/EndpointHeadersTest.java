package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The extra headers of an endpoint reach the wire on operations and REST calls. Harper does not echo request
 * headers, so a JDK HTTP server records them here; the CLI test drives a real Harper through a connector.
 */
class EndpointHeadersTest {

    @Test
    void operationsAndRestRequestsCarryTheExtraHeaders() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("X-Tenant") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"version\":\"4.7.29\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            HarperEndpoint endpoint = new HarperEndpoint(url, url, "127.0.0.1", 0, new Credentials.Basic("admin", "pw"))
                    .withHeaders(Map.of("X-Tenant", "shop"));
            HarperClient client = new HarperClient(endpoint);

            assertThat(client.version()).isEqualTo("4.7.29");
            client.rest().get("/Product/1");
            assertThat(seen).hasSize(2).allSatisfy(line -> assertThat(line).contains(" shop Basic "));
            assertThat(endpoint.withCredentials(new Credentials.Token("t")).headers())
                    .containsEntry("X-Tenant", "shop");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void extraHeadersCannotReplaceTheCredentials() {
        URI url = URI.create("http://127.0.0.1:1/");
        assertThatThrownBy(() -> new HarperEndpoint(
                        url, url, null, 0, new Credentials.Basic("a", "b"), Map.of("authorization", "Bearer stolen")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authorization");
    }
}
