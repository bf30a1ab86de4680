package dev.pilothouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.proposal.ValidationStep;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web console's composition root hands the workspace's plugins to the editors and to governance. */
class WebPluginsWiringTest {

    @TempDir
    Path tmp;

    @Test
    void editorsSeePluginLintRulesAndValidationsRunPluginValidators() {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path dir = tmp.resolve("shop");
        WorkspaceInit.init(dir, ReviewFixture.shopFiles(), "the shop app", Identity.parse("human:ada"), home);
        WebOptions options = new WebOptions(0, dir, home.root(), Optional.empty());
        WebBeans beans = new WebBeans();
        try (WorkspacePlugins plugins = beans.workspacePlugins(options);
                GovernedWorkspace workspace =
                        beans.governedWorkspace(options, new HarperConnection(Optional.empty()), plugins)) {
            LanguageService language = beans.languageService(plugins);
            assertThat(language.analyze(new DocumentSnapshot(
                                    "schema.graphql", 1, "type order_line @table {\n  id: ID @primaryKey\n}\n"))
                            .diagnostics())
                    .extracting(Diagnostic::code)
                    .contains("NAMING001");

            Governance governance = workspace.governance().orElseThrow();
            Map<String, String> change = new LinkedHashMap<>(ReviewFixture.shopFiles());
            change.put(
                    "schema.graphql",
                    change.get("schema.graphql") + "\ntype Shelf @table @export {\n  id: ID @primaryKey\n}\n");
            String id = governance
                    .propose(change, Identity.parse("agent:stocker"), "Shelves", Optional.empty())
                    .id();
            assertThat(governance.validate(id, "agent:stocker").validation())
                    .extracting(ValidationStep::name)
                    .contains("diagnostics", "plugin:migration-note");

            // The hosted agent gateway validates through the same governance: its queued run records the plugin step.
            String queued;
            try (AgentWorkspace agents = new AgentWorkspace(governance, Optional.empty(), "shop")) {
                change.put(
                        "schema.graphql",
                        change.get("schema.graphql") + "\ntype Crate @table @export {\n  id: ID @primaryKey\n}\n");
                queued = agents.propose(change, Identity.parse("agent:stocker"), "Crates")
                        .id();
            } // close waits for the queued validation
            assertThat(governance.proposal(queued).validation())
                    .extracting(ValidationStep::name)
                    .contains("diagnostics", "plugin:migration-note");
        }
    }
}
