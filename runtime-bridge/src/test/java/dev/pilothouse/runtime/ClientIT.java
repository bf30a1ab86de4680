package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                .isInstanceOfSatisfying(
                        AuthenticationFailedException.class,
                        e -> assertThat(e.serverMessage()).isEqualTo("Login failed"));
    }

    @Test
    void nothingListeningIsReportedAsUnreachable() {
        int port = PortPicker.pick("127.0.0.1", 0, Set.of());
        HarperEndpoint nowhere = Attach.endpoint(
                URI.create("http://127.0.0.1:" + port + "/"), null, new Credentials.Basic("admin", "x"));
        assertThatThrownBy(() -> Attach.attach(nowhere))
                .isInstanceOf(UnreachableException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void unsupportedVersionIsReportedAsVersionMismatch() {
        assertThatThrownBy(() -> Attach.attach(SharedHarper.endpoint(), "4.6"))
                .isInstanceOfSatisfying(
                        VersionMismatchException.class,
                        e -> assertThat(e.actualVersion()).isEqualTo("4.7.29"));
    }

    @Test
    void tokenFromCreateAuthenticationTokensAttaches() {
        Credentials.Basic admin = SharedHarper.runtime().credentials();
        Tokens tokens = SharedHarper.client().createAuthenticationTokens(admin.username(), admin.password());
        HarperClient withToken =
                Attach.attach(SharedHarper.endpoint().withCredentials(new Credentials.Token(tokens.operationToken())));
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

        var page = client.searchByConditions(new SearchQuery(
                "clientit",
                "dog",
                "and",
                List.of(new SearchQuery.Condition("age", "greater_than", 0)),
                "age",
                false,
                10,
                5,
                List.of("id")));
        assertThat(page).extracting(n -> n.path("id").asInt()).containsExactly(11, 12, 13, 14, 15);
        assertThat(client.sql("SELECT COUNT(*) AS c FROM clientit.dog")
                        .get(0)
                        .path("c")
                        .asInt())
                .isEqualTo(25);

        client.delete("clientit", "dog", List.of(25));
        List<AuditEntry> audit = client.readAuditLog("clientit", "dog");
        assertThat(audit).extracting(AuditEntry::operation).contains("delete");
        AuditEntry delete = audit.stream()
                .filter(a -> a.operation().equals("delete"))
                .findFirst()
                .orElseThrow();
        assertThat(delete.user()).isEqualTo("admin");
        assertThat(delete.ids()).extracting(n -> n.asInt()).contains(25);
    }

    @Test
    void usersAndRolesAreAddedListedEnforcedAndDropped() {
        HarperClient admin = SharedHarper.client();
        if (!admin.describeAll().has("rolesit")) {
            admin.createDatabase("rolesit");
            admin.createTable("rolesit", "note", "id");
        }
        admin.upsert("rolesit", "note", List.of(Map.of("id", "n1", "text", "hello")));
        // the shared node keeps its data between runs: clear what an interrupted run left behind
        if (admin.admin().listUsers().stream()
                .anyMatch(u -> u.path("username").asText().equals("rolesit_bob"))) {
            admin.admin().dropUser("rolesit_bob");
        }
        admin.admin().listRoles().stream()
                .filter(r -> r.path("role").asText().equals("rolesit_reader"))
                .forEach(r -> admin.admin().dropRole(r.path("id").asText()));
        ObjectNode permission = JsonNodeFactory.instance.objectNode().put("super_user", false);
        permission
                .putObject("rolesit")
                .putObject("tables")
                .putObject("note")
                .put("read", true)
                .put("insert", false)
                .put("update", false)
                .put("delete", false)
                .putArray("attribute_permissions");

        JsonNode role = admin.admin().addRole("rolesit_reader", permission);
        String roleId = role.path("id").asText();
        assertThat(roleId).isNotBlank();
        assertThat(admin.admin().listRoles())
                .extracting(r -> r.path("role").asText())
                .contains("rolesit_reader");
        assertThat(admin.admin()
                        .addUser("rolesit_bob", "bob-pw-1", "rolesit_reader")
                        .path("message")
                        .asText())
                .contains("rolesit_bob");
        assertThat(admin.admin().listUsers()).anySatisfy(u -> {
            assertThat(u.path("username").asText()).isEqualTo("rolesit_bob");
            assertThat(u.path("role").path("role").asText()).isEqualTo("rolesit_reader");
        });

        HarperClient bob = Attach.attach(
                SharedHarper.endpoint().withCredentials(new Credentials.Basic("rolesit_bob", "bob-pw-1")));
        assertThat(bob.searchById("rolesit", "note", List.of("n1")))
                .extracting(n -> n.path("text").asText())
                .containsExactly("hello");
        assertThatThrownBy(() -> bob.upsert("rolesit", "note", List.of(Map.of("id", "n2", "text", "no"))))
                .isInstanceOfSatisfying(
                        OperationFailedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> bob.admin().addUser("mallory", "pw", "super_user"))
                .isInstanceOfSatisfying(OperationFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.serverMessage()).contains("not authorized");
                });

        admin.admin().dropUser("rolesit_bob");
        assertThat(admin.admin().listUsers())
                .extracting(u -> u.path("username").asText())
                .doesNotContain("rolesit_bob");
        assertThatThrownBy(() -> Attach.attach(
                        SharedHarper.endpoint().withCredentials(new Credentials.Basic("rolesit_bob", "bob-pw-1"))))
                .isInstanceOf(AuthenticationFailedException.class);
        admin.admin().dropRole(roleId);
        assertThat(admin.admin().listRoles())
                .extracting(r -> r.path("role").asText())
                .doesNotContain("rolesit_reader");
    }
}
