package dev.pilothouse.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers without a token cannot grow the audit log by one forced-to-disk entry per request. */
class UnauthenticatedFloodTest {

    private static final int CALLS = 10_000;

    @TempDir
    Path tmp;

    @Test
    void tenThousandUnauthenticatedCallsLeaveAHandfulOfAggregateEntries() throws Exception {
        GatewayFixture fx =
                new GatewayFixture(tmp, StarterApp.files(), Optional.empty(), "app", GatewaySettings.LOOPBACK);
        long linesBefore = Files.exists(fx.home.auditLog())
                ? Files.readAllLines(fx.home.auditLog()).size()
                : 0;
        List<Integer> statuses = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int sent = 0; sent < CALLS; sent += 100) {
                List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(fx.host.endpoint())
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(GatewayFixture.INITIALIZE));
                    if (i % 2 == 1) {
                        request.header("Authorization", "Bearer pht_guess-" + sent + "-" + i);
                    }
                    batch.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()));
                }
                batch.forEach(f -> statuses.add(f.join().statusCode()));
            }
        }
        fx.close(); // the gateway writes the window it is still counting

        AuditLog log = new AuditLog(fx.home.auditLog(), Clock.systemUTC());
        List<AuditEntry> refusals = log.entries().stream()
                .filter(e -> e.action().startsWith("agent.auth.refused"))
                .toList();
        long counted = refusals.stream()
                .mapToLong(e -> e.action().endsWith(".summary")
                        ? e.details().path("count").asLong()
                        : 1)
                .sum();
        assertThat(statuses).hasSize(CALLS).containsOnly(401);
        assertThat(counted).isEqualTo(CALLS);
        assertThat(refusals).hasSizeLessThanOrEqualTo(6);
        assertThat(log.entries().size() - linesBefore).isEqualTo(refusals.size());
        assertThat(refusals)
                .filteredOn(e -> e.action().endsWith(".summary"))
                .allSatisfy(e -> assertThat(e.details().path("names").size()).isLessThanOrEqualTo(20))
                .isNotEmpty();
        assertThat(log.verify(List.of()).ok()).isTrue();
    }
}
