package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.proposal.Proposal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live component edited out of band (drift) on a real Harper 4.7.29: the governed deploy is told what the
 * workspace last deployed, and a failed deploy must first put back what was actually live, not that. Governance then
 * restores its own last deploy ({@code deploy/N}) as always; the test looks at the runtime in between.
 */
class DeployDriftTest {

    private static final String PROJECT = "pilothouse_drift";

    @TempDir
    Path tmp;

    /**
     * Harper, but the next governed deploy carries a schema Harper refuses (an approved proposal passes validation,
     * so the refusal is injected into the staged files), and what is live when governance starts its restore is noted.
     */
    static final class RefusingOnce implements RuntimeTarget {

        final HarperTarget harper;
        final HarperClient client;
        boolean refuseNext;
        String liveWhenGovernanceRestores;

        RefusingOnce(HarperClient client) {
            this.client = client;
            this.harper = WorkspaceHarper.target(PROJECT);
        }

        @Override
        public void deploy(Path appDir, Map<String, String> expectedLive) {
            if (refuseNext) {
                refuseNext = false;
                try {
                    Files.writeString(appDir.resolve("schema.graphql"), "type Item @table @export {\n  id: ID\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            harper.deploy(appDir, expectedLive);
        }

        @Override
        public void deploy(Path appDir) { // governance's restore of deploy/N
            liveWhenGovernanceRestores = client.components().getFile(PROJECT, "resources.js");
            harper.deploy(appDir);
        }

        @Override
        public String verify(Map<String, String> files) {
            return harper.verify(files);
        }

        @Override
        public java.time.Duration watchWindow() {
            return harper.watchWindow();
        }

        @Override
        public String watch() {
            return harper.watch();
        }

        @Override
        public void remove() {
            harper.remove();
        }

        @Override
        public OptionalLong recordCount(String database, String table) {
            return harper.recordCount(database, table);
        }

        @Override
        public List<JsonNode> sample(String database, String table, List<String> attributes, int limit) {
            return harper.sample(database, table, attributes, limit);
        }

        @Override
        public Map<String, String> appFiles() {
            return harper.appFiles();
        }

        @Override
        public String describe() {
            return harper.describe();
        }
    }

    @Test
    void aFailedDeployPutsBackTheOutOfBandEditThatWasLiveNotTheWorkspacesVersion() {
        HarperClient client = WorkspaceHarper.client();
        RefusingOnce target = new RefusingOnce(client);
        try (Fixture fx = new Fixture(tmp, target)) {
            assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
            String deployed = client.components().getFile(PROJECT, "resources.js");
            client.components().setFile(PROJECT, "resources.js", resources("edited out of band"));
            Proposal p = fx.approved(resources("v2"));
            target.refuseNext = true;

            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                    .isInstanceOf(DeployAbortedException.class)
                    .hasMessageContaining("the previous version is serving")
                    .hasMessageContaining("restored deploy/1");

            assertThat(target.liveWhenGovernanceRestores)
                    .as("what the failed deploy put back")
                    .isEqualTo(resources("edited out of band"))
                    .isNotEqualTo(deployed);
            assertThat(client.components().getFile(PROJECT, "resources.js"))
                    .as("after governance's restore")
                    .isEqualTo(deployed);
        }
    }

    @Test
    void withoutDriftAFailedDeployPutsBackTheDeployedVersionFromTheWorkspacesFiles() {
        HarperClient client = WorkspaceHarper.client();
        RefusingOnce target = new RefusingOnce(client);
        try (Fixture fx = new Fixture(tmp, target)) {
            assertThat(fx.deployHeadSolo()).isEqualTo("deploy/1");
            String deployed = client.components().getFile(PROJECT, "resources.js");
            Proposal p = fx.approved(resources("v2"));
            target.refuseNext = true;

            assertThatThrownBy(() -> fx.gov.deploy(p.id(), proved(ADA)))
                    .isInstanceOf(DeployAbortedException.class)
                    .hasMessageContaining("the previous version is serving")
                    .hasMessageContaining("restored deploy/1");

            assertThat(target.liveWhenGovernanceRestores).isEqualTo(deployed);
            assertThat(client.components().find(PROJECT).orElseThrow().healthy())
                    .isTrue();
            assertThat(client.rest().get("/Status").orElseThrow().path("status").asText())
                    .isEqualTo("ok");
        }
    }
}
