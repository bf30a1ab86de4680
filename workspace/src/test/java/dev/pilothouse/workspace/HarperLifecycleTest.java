package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOB;
import static dev.pilothouse.workspace.Fixture.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole governed path against a real Harper 4.7.29. */
class HarperLifecycleTest {

    private static final String WITH_NOTE = "type Item @table @export {\n  id: ID @primaryKey\n"
            + "  name: String @indexed\n  quantity: Int\n  note: String\n}\n";
    private static final String STATUS_V2 = "import { Resource } from 'harperdb';\n\n"
            + "export class Status extends Resource {\n  get() {\n    return { status: 'ok', version: 2 };\n  }\n}\n";

    @TempDir
    Path tmp;

    @Test
    void proposeValidateApproveDeployVerifyAndRollBackOnHarper() {
        HarperClient client = WorkspaceHarper.client();
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            assertThat(fx.gov.deployHead(ADA)).isEqualTo("deploy/1");
            assertThat(client.rest().get("/Status").orElseThrow().path("status").asText()).isEqualTo("ok");
            client.rest().put("/Item/before", Map.of("name", "Before", "quantity", 1));

            Proposal p = fx.gov.propose(Map.of("schema.graphql", WITH_NOTE, "resources.js", STATUS_V2), BOT,
                    "Items get a note; status reports its version", Optional.empty());
            Proposal validated = fx.gov.validate(p.id(), "human:ada");
            assertThat(validated.validation()).anySatisfy(step -> {
                assertThat(step.name()).isEqualTo("live-evidence");
                assertThat(step.output()).contains("Item: 1 records");
            });
            assertThat(fx.gov.approve(p.id(), BOB, "fine").state()).isEqualTo(ProposalState.APPROVED);

            assertThat(fx.gov.deploy(p.id(), ADA)).isEqualTo("deploy/2");
            assertThat(client.rest().get("/Status").orElseThrow().path("version").asInt()).isEqualTo(2);
            client.rest().put("/Item/during", Map.of("name", "During", "quantity", 2, "note", "written on v2"));

            assertThat(fx.gov.rollback(Optional.empty(), ADA)).isEqualTo("deploy/3");

            assertThat(client.rest().get("/Status").orElseThrow().has("version")).isFalse();
            assertThat(client.rest().get("/Item/during").orElseThrow().path("name").asText()).isEqualTo("During");
            assertThat(client.rest().get("/Item/before").orElseThrow().path("name").asText()).isEqualTo("Before");
            assertThat(fx.gov.proposal(p.id()).state()).isEqualTo(ProposalState.ROLLED_BACK);
            assertThat(fx.gov.verifyAudit().ok()).isTrue();
        }
    }
}
