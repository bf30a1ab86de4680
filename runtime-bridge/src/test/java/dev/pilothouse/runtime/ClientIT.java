package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.runtime.internal.PortPicker;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientIT {

    @Test
    void wrongPasswordIsReportedAsRefusedCredentialsWithHarpersText() {
        HarperEndpoint bad = SharedHarper.endpoint().withCredentials(new Credentials.Basic("admin", "wrong"));
        assertThatThrownBy(() -> Attach.attach(bad))
                .isInstanceOfSatisfying(AuthenticationFailedException.class,
                        e -> assertThat(e.serverMessage()).isEqualTo("Login failed"));
    }

    @Test
    void nothingListeningIsReportedAsUnreachable() {
        int port = PortPicker.pick("127.0.0.1", 0, Set.of());
        HarperEndpoint nowhere = Attach.endpoint(URI.create("http://127.0.0.1:" + port + "/"), null,
                new Credentials.Basic("admin", "x"));
        assertThatThrownBy(() -> Attach.attach(nowhere)).isInstanceOf(UnreachableException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void unsupportedVersionIsReportedAsVersionMismatch() {
        assertThatThrownBy(() -> Attach.attach(SharedHarper.endpoint(), "4.6"))
                .isInstanceOfSatisfying(VersionMismatchException.class,
                        e -> assertThat(e.actualVersion()).isEqualTo("4.7.29"));
    }

    @Test
    void tokenFromCreateAuthenticationTokensAttaches() {
        Credentials.Basic admin = SharedHarper.runtime().credentials();
        Tokens tokens = SharedHarper.client().createAuthenticationTokens(admin.username(), admin.password());
        HarperClient withToken = Attach.attach(SharedHarper.endpoint()
                .withCredentials(new Credentials.Token(tokens.operationToken())));
        assertThat(withToken.userInfo().path("username").asText()).isEqualTo("admin");
    }

    @Test
    void operationErrorKeepsHarpersMessageAndStatus() {
        assertThatThrownBy(() -> SharedHarper.client().describeTable("nodb", "nope"))
                .isInstanceOfSatisfying(OperationFailedException.class, e -> {
                    assertThat(e.serverMessage()).contains("does not exist");
                    assertThat(e.status()).isBetween(400, 404);
                });
    }

    @Test
    void writesSearchPagingAndAuditLogRoundTrip() {
        HarperClient client = SharedHarper.client();
        if (!client.describeAll().has("clientit")) {
            client.createDatabase("clientit");
            client.createTable("clientit", "dog", "id");
        }
        List<Map<String, Object>> dogs = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            dogs.add(Map.of("id", i, "name", "dog" + i, "age", i));
        }
        assertThat(client.upsert("clientit", "dog", dogs).written()).hasSize(25);
        WriteResult duplicate = client.insert("clientit", "dog", List.of(Map.of("id", 1, "name", "again")));
        assertThat(duplicate.skipped()).containsExactly(1);

        var page = client.searchByConditions(new SearchQuery("clientit", "dog", "and",
                List.of(new SearchQuery.Condition("age", "greater_than", 0)), "age", false, 10, 5, List.of("id")));
        assertThat(page).extracting(n -> n.path("id").asInt()).containsExactly(11, 12, 13, 14, 15);
        assertThat(client.sql("SELECT COUNT(*) AS c FROM clientit.dog").get(0).path("c").asInt()).isEqualTo(25);

        client.delete("clientit", "dog", List.of(25));
        List<AuditEntry> audit = client.readAuditLog("clientit", "dog");
        assertThat(audit).extracting(AuditEntry::operation).contains("delete");
        AuditEntry delete = audit.stream().filter(a -> a.operation().equals("delete")).findFirst().orElseThrow();
        assertThat(delete.user()).isEqualTo("admin");
        assertThat(delete.ids()).extracting(n -> n.asInt()).contains(25);
    }
}
