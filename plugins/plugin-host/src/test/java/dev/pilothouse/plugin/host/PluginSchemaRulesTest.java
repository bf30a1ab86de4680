package dev.pilothouse.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.testsupport.PluginSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin lint rules reach the editors' diagnostics through the language service. */
class PluginSchemaRulesTest {

    private static final String SCHEMA = "type TmpThing @table @export {\n  id: ID @primaryKey\n}\n";

    @TempDir
    Path tmp;

    @Test
    void workspacePluginFindingsBecomeDiagnosticsAndABrokenRuleAWarning() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("ws"));
        Path folder = Files.createDirectories(workspace.resolve(".pilothouse/plugins"));
        PluginTrust trust = PluginTrust.in(home); // workspace jars load once an admin allow-lists them
        trust.trust(
                PluginHostTest.jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES),
                "human:ada",
                java.time.Instant.now());
        trust.trust(
                PluginHostTest.jar(folder, "broken", PluginApi.VERSION, PluginSources.THROWS),
                "human:ada",
                java.time.Instant.now());

        try (WorkspacePlugins plugins = WorkspacePlugins.open(home, workspace, Duration.ofSeconds(5))) {
            LanguageService service = new LanguageService(new PluginSchemaRules(plugins::host));
            Analysis analysis = service.analyze(new DocumentSnapshot("schema.graphql", 1, SCHEMA));

            assertThat(analysis.diagnostics())
                    .filteredOn(d -> d.code().equals("ACME001"))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.range().startLine()).isEqualTo(1);
                        assertThat(d.range().startColumn()).isEqualTo(6);
                        assertThat(d.message()).contains("TmpThing").endsWith("[acme]");
                    });
            assertThat(analysis.diagnostics())
                    .filteredOn(d -> d.code().equals(PluginSchemaRules.PLUGIN_FAILED))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.severity()).isEqualTo(Severity.WARNING);
                        assertThat(d.message()).contains("broken").contains("rule exploded");
                    });
        }
    }

    @Test
    void theHostIsLookedUpPerCheckSoAConsoleCanSwitchWorkspaces() throws Exception {
        AtomicReference<PluginHost> current = new AtomicReference<>();
        LanguageService service = new LanguageService(new PluginSchemaRules(current::get));
        assertThat(service.analyze(new DocumentSnapshot("schema.graphql", 1, SCHEMA))
                        .diagnostics())
                .extracting(Diagnostic::code)
                .doesNotContain("ACME001");

        Path folder = Files.createDirectories(tmp.resolve("p"));
        PluginHostTest.jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        try (WorkspacePlugins plugins =
                WorkspacePlugins.open(folder.getParent(), tmp.resolve("other"), Duration.ofSeconds(5))) {
            assertThat(plugins.host().plugins()).extracting(PluginRecord::name).doesNotContain("acme");
        }
        try (PluginHost host = PluginHost.open(
                java.util.List.of(folder), PluginSettings.NONE, PluginHost.daemonExecutor(1), Duration.ofSeconds(5))) {
            current.set(host);
            assertThat(service.analyze(new DocumentSnapshot("schema.graphql", 2, SCHEMA))
                            .diagnostics())
                    .extracting(Diagnostic::code)
                    .contains("ACME001");
        }
    }
}
