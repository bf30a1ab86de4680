package dev.pilothouse.workspace.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.workspace.humans.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The masks the consoles' data views show: by name and by marker, lifted only for approvers and admins. */
class ProtectionMaskTest {

    static final String SCHEMA = "type Customer @table(table: \"customers\") @export {\n  id: ID @primaryKey\n"
            + "  \"\"\"@protected\"\"\"\n  email: String\n  name: String\n}\n"
            + "\"\"\"Ledger @protected\"\"\"\ntype Ledger @table @export {\n  id: ID @primaryKey\n  amount: Float\n}\n"
            + "type Item @table @export {\n  id: ID @primaryKey\n  secret: String\n  name: String\n}\n";

    private static SchemaModel model() {
        return new LanguageService()
                .analyze(new DocumentSnapshot("s/schema.graphql", 1, SCHEMA))
                .model();
    }

    private final Protection protection =
            new Protection(new Policy(List.of("Item.secret", "Payment"), 2, Duration.ofHours(24)));

    @Test
    void markedAttributesAndPolicyNamesAreMaskedSayingWhy() throws Exception {
        RecordMask customers = protection.mask(List.of(model()), "data", "customers");
        RecordMask items = protection.mask(List.of(model()), "data", "Item");
        var record = new ObjectMapper().readTree("{\"id\":\"1\",\"email\":\"a@b.c\",\"name\":\"Ann\"}");
        assertThat(customers.apply(record).toString())
                .isEqualTo("{\"id\":\"1\",\"email\":\"‹@protected in schema.graphql›\",\"name\":\"Ann\"}");
        assertThat(items.apply(Map.<String, Object>of("secret", "s3", "name", "n")))
                .containsEntry("secret", "‹protected by policy›")
                .containsEntry("name", "n");
    }

    @Test
    void wholeTablesAreWithheldByMarkerOrByNameEvenWithoutASchema() {
        assertThat(protection.mask(List.of(model()), "data", "Ledger").notice())
                .isEqualTo("data.Ledger is @protected in schema.graphql: only approvers and admins see its records");
        assertThat(protection.mask(List.of(), "data", "Payment").whole()).contains("protected by policy");
        assertThat(protection.mask(List.of(model()), "other", "Ledger").isOpen())
                .as("another database")
                .isTrue();
    }

    @Test
    void onlyApproversAndAdminsAreCleared() {
        // the registry's roles clear by name, as the web console's do
        assertThat(Clearance.ofRoleNames(List.of(Role.APPROVER.name()))).isTrue();
        assertThat(Clearance.ofRoleNames(List.of(Role.ADMIN.name()))).isTrue();
        assertThat(Clearance.ofRoleNames(List.of())).isFalse();
        assertThat(Clearance.ofRoleNames(List.of("ROLE_ADMIN"))).isTrue();
        assertThat(Clearance.ofRoleNames(List.of("VIEWER", "DEVELOPER"))).isFalse();
        assertThat(Clearance.ofRoleNames(List.of("VIEWER", "APPROVER"))).isTrue();
        RecordMask mask = protection.mask(List.of(model()), "data", "Item");
        assertThat(mask.forViewer(true).isOpen()).isTrue();
        assertThat(mask.forViewer(false).masks("secret")).isTrue();
    }
}
