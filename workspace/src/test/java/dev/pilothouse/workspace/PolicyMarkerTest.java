package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables and attributes are protected by a marker in their description as well as by name in the policy. */
class PolicyMarkerTest {

    private static final String MARKED = "type Item @table @export {\n  id: ID @primaryKey\n"
            + "  \"\"\"Shown on invoices. @protected\"\"\"\n  name: String @indexed\n  quantity: Int\n}\n"
            + "\"\"\"Ledger of payments @protected\"\"\"\ntype Payment @table @export {\n  id: ID @primaryKey\n"
            + "  amount: Float\n}\n";

    @TempDir
    Path tmp;

    private Fixture fx;

    @BeforeEach
    void workspace() throws IOException {
        fx = new Fixture(tmp, new FakeRuntime());
        Files.writeString(fx.dir.resolve("schema.graphql"), MARKED);
        try (Versioning git = Versioning.open(fx.dir)) {
            git.commitWorkingTree("Mark the protected primitives", ADA); // a human's own commit, outside proposals
        }
        fx.restart(dev.pilothouse.workspace.deploy.CrashPoint.NONE);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void changingAMarkedAttributeIsRefused() {
        String changed = MARKED.replace("name: String @indexed", "name: String! @indexed");
        assertThatThrownBy(
                        () -> fx.gov.propose(Map.of("schema.graphql", changed), BOT, "require names", Optional.empty()))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).rule()).isEqualTo("protected-primitive"))
                .hasMessageContaining("Item.name")
                .hasMessageContaining("marker @protected");
        assertThat(fx.lastAudit().action()).isEqualTo("proposal.create.refused");
    }

    @Test
    void changingAnAttributeOfAMarkedTableIsRefused() {
        String changed = MARKED.replace("amount: Float", "amount: Int");
        assertThatThrownBy(
                        () -> fx.gov.propose(Map.of("schema.graphql", changed), BOT, "round amounts", Optional.empty()))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("'Payment'");
    }

    @Test
    void removingTheMarkerInAProposalIsRefused() {
        String unmarked = MARKED.replace("Ledger of payments @protected", "Ledger of payments");
        assertThatThrownBy(() -> fx.gov.propose(Map.of("schema.graphql", unmarked), BOT, "lift it", Optional.empty()))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("the marker @protected is removed from Payment");
    }

    @Test
    void unmarkedPrimitivesStayOpen() {
        String changed = MARKED.replace("quantity: Int", "quantity: Int\n  note: String");
        Proposal p = fx.gov.propose(Map.of("schema.graphql", changed), BOT, "add a note", Optional.empty());
        assertThat(fx.gov.validate(p.id(), "human:ada").validation())
                .filteredOn(s -> s.name().equals("policy"))
                .singleElement()
                .satisfies(s -> assertThat(s.verdict()).isEqualTo(Verdict.PASS));
    }

    @Test
    void theMarkerIsConfiguredInThePolicyAndOlderPolicyFilesReadWithDefaults() throws IOException {
        Files.createDirectories(fx.home.policyFile().getParent());
        Files.writeString(
                fx.home.policyFile(),
                "{\"protectedPrimitives\":[],\"breakingApprovals\":2," + "\"approvalExpiry\":\"PT24H\"}");
        Policy old = new PolicyStore(fx.home.policyFile()).load();
        assertThat(old.protectionMarker()).isEqualTo("@protected");
        assertThat(old.auditCheckpointEvery()).isEqualTo(Policy.DEFAULT_CHECKPOINT_EVERY);
        Files.writeString(
                fx.home.policyFile(),
                "{\"protectedPrimitives\":[],\"breakingApprovals\":2,"
                        + "\"approvalExpiry\":\"PT24H\",\"protectionMarker\":\"#locked\"}");
        // with another marker, @protected is plain text and the change goes through
        String changed = MARKED.replace("amount: Float", "amount: Int");
        Proposal p = fx.gov.propose(Map.of("schema.graphql", changed), BOT, "round amounts", Optional.empty());
        assertThat(fx.gov.proposals()).extracting(Proposal::id).isEqualTo(List.of(p.id()));
    }
}
