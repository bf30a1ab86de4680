package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers from Harper are read up to a limit. A real Harper cannot easily be made to send an answer of a chosen,
 * unbounded size, so a JDK HTTP server stands in for it: one answer declares its length, one streams without end.
 */
class ResponseLimitTest {

    private static final long LIMIT = 64 * 1024;

    private HttpServer server;
    private final AtomicLong streamed = new AtomicLong();
    private HarperClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try (OutputStream out = exchange.getResponseBody()) {
                if (request.contains("describe_all")) { // declared length over the limit
                    byte[] body = ("{\"x\":\"" + "a".repeat((int) LIMIT * 2) + "\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                } else if (request.contains("search_by_value")) { // chunked, never ending
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[8192];
                    Arrays.fill(chunk, (byte) ' ');
                    out.write('[');
                    for (int i = 0; i < 1_000_000; i++) { // 8 GB unless the client stops reading
                        out.write(chunk);
                        streamed.addAndGet(chunk.length);
                    }
                } else {
                    byte[] body = "{\"version\":\"4.7.29\"}".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
            } catch (IOException clientWentAway) {
                // the client cancelled the exchange: expected for the endless answer
            }
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        client = new HarperClient(
                new HarperEndpoint(url, url, "127.0.0.1", 0, new Credentials.Basic("admin", "pw")),
                java.net.http.HttpClient.newHttpClient(),
                LIMIT);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAnswerDeclaringMoreThanTheLimitIsRefusedNamingTheOperation() {
        assertThatThrownBy(() -> client.call("describe_all", Map.of()))
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("'describe_all'")
                .hasMessageContaining(LIMIT + " bytes")
                .hasMessageContaining(HarperClient.MAX_RESPONSE_PROPERTY);
    }

    @Test
    void anEndlessAnswerIsCutOffSoonAfterTheLimit() {
        assertThatThrownBy(() -> client.call("search_by_value", Map.of("table", "Product")))
                .isInstanceOf(ResponseTooLargeException.class)
                .satisfies(e ->
                        assertThat(((ResponseTooLargeException) e).operation()).isEqualTo("search_by_value"));

        // the exchange was cancelled: the server could not push much more than its socket buffers past the limit
        assertThat(streamed.get()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void anAnswerWithinTheLimitIsReadAsBefore() {
        assertThat(client.version()).isEqualTo("4.7.29");
    }
}
