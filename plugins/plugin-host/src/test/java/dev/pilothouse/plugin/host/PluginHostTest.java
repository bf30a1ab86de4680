package dev.pilothouse.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {

    private static final ExecutorService EXECUTOR = PluginHost.daemonExecutor(4);
    private static final String SCHEMA = """
            type TmpThing @table @export {
              id: ID @primaryKey
            }
            """;

    @TempDir
    Path tmp;

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void jarRuleFindingsCarryThePluginCodePositionAndSettings() throws Exception {
        Path folder = folder("plugins");
        jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        var settings = new PluginSettings(Map.of("acme", Map.of("why", "configured")));
        try (PluginHost host = PluginHost.open(List.of(folder), settings, EXECUTOR, Duration.ofSeconds(5))) {
            LintResult result = host.lint("schema.graphql", SCHEMA, model(SCHEMA));

            assertThat(result.problems()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.plugin()).isEqualTo("acme");
                assertThat(f.finding().code()).isEqualTo("ACME001");
                assertThat(f.finding().position().line()).isEqualTo(1);
                assertThat(f.finding().position().column()).isEqualTo(6);
                assertThat(f.finding().message()).contains("TmpThing").contains("configured");
            });
            assertThat(host.plugins()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(PluginStatus.LOADED);
                assertThat(r.version()).isEqualTo("1.2.0");
                assertThat(r.source()).endsWith("acme.jar");
            });
        }
    }

    @Test
    void throwingRuleIsReportedWithItsJarAndTheOthersStillRun() throws Exception {
        Path folder = folder("plugins");
        jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        Path broken = jar(folder, "broken", PluginApi.VERSION, PluginSources.THROWS);
        try (PluginHost host = open(folder)) {
            LintResult result = host.lint("schema.graphql", SCHEMA, model(SCHEMA));

            assertThat(result.findings()).extracting(f -> f.finding().code()).containsExactly("ACME001");
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.plugin()).isEqualTo("broken");
                assertThat(p.source()).isEqualTo(broken.toString());
                assertThat(p.message()).contains("IllegalStateException: rule exploded");
            });
        }
    }

    @Test
    void hangingRuleTimesOutIsSwitchedOffAndDoesNotBlockTheOthers() throws Exception {
        Path folder = folder("plugins");
        jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        jar(folder, "sleepy", PluginApi.VERSION, PluginSources.HANGS);
        try (PluginHost host =
                PluginHost.open(List.of(folder), PluginSettings.NONE, EXECUTOR, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            LintResult first = host.lint("schema.graphql", SCHEMA, model(SCHEMA));
            LintResult second = host.lint("schema.graphql", SCHEMA, model(SCHEMA));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(first.findings()).extracting(f -> f.plugin()).containsExactly("acme");
            assertThat(first.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("did not finish within 300 ms"));
            assertThat(second.problems()).isEmpty(); // switched off: not called again, not waited for again
            assertThat(second.findings()).hasSize(1);
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(host.plugins())
                    .filteredOn(r -> r.name().equals("sleepy"))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(PluginStatus.FAILED);
                        assertThat(r.error()).contains("switched off");
                    });
        }
    }

    @Test
    void pluginThatHangsWhileLoadingIsReportedAndTheRestLoads() throws Exception {
        Path folder = folder("plugins");
        jar(folder, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        String source = """
                package stuck;

                public final class PluginStuck implements dev.pilothouse.plugin.api.Plugin {
                    public PluginStuck() {
                        while (true) {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException e) {
                                // ignored on purpose
                            }
                        }
                    }

                    public dev.pilothouse.plugin.api.PluginDescriptor descriptor() {
                        return null;
                    }
                }
                """;
        Path stuck = TestJars.build(
                folder.resolve("stuck.jar"),
                Map.of("stuck/PluginStuck.java", source),
                PluginSources.serviceEntry("stuck.PluginStuck"),
                Map.of(),
                Plugin.class);
        try (PluginHost host =
                PluginHost.open(List.of(folder), PluginSettings.NONE, EXECUTOR, Duration.ofMillis(300))) {
            assertThat(host.plugins())
                    .filteredOn(r -> r.source().equals(stuck.toString()))
                    .singleElement()
                    .satisfies(r -> assertThat(r.error()).contains("loading did not finish within 300 ms"));
            assertThat(host.lint("schema.graphql", SCHEMA, model(SCHEMA)).findings())
                    .hasSize(1);
        }
    }

    @Test
    void panelsRenderAsToolkitNeutralContentForTheirConsolesOnly() throws Exception {
        Path folder = folder("plugins");
        String source = """
                package tables;

                import dev.pilothouse.plugin.api.*;
                import java.util.*;

                public final class PluginTables implements Plugin {
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("tables", "1.0.0", PluginApi.VERSION, "table panel");
                    }

                    public List<Panel> panels() {
                        return List.of(panel("count", Set.of(Console.WEB)), panel("broken", Set.of(Console.WEB,
                                Console.DESKTOP)), panel("desk", Set.of(Console.DESKTOP)));
                    }

                    private static Panel panel(String id, Set<Console> consoles) {
                        return new Panel() {
                            public String id() { return id; }
                            public String title() { return "Tables (" + id + ")"; }
                            public Set<Console> consoles() { return consoles; }
                            public PanelContent render(PanelInput in) {
                                if (id.equals("broken")) {
                                    throw new UnsupportedOperationException("cannot draw");
                                }
                                return new PanelContent.Table(List.of("table", "attributes"), in.schema().tables()
                                        .stream().map(t -> List.of(t.name(), "" + t.attributes().size())).toList());
                            }
                        };
                    }
                }
                """;
        TestJars.build(
                folder.resolve("tables.jar"),
                Map.of("tables/PluginTables.java", source),
                PluginSources.serviceEntry("tables.PluginTables"),
                Map.of(),
                Plugin.class);
        try (PluginHost host = open(folder)) {
            PanelResult web =
                    host.panels(dev.pilothouse.plugin.api.Console.WEB, "schema.graphql", model(SCHEMA), Map.of());

            assertThat(web.panels()).singleElement().satisfies(p -> {
                assertThat(p.title()).isEqualTo("Tables (count)");
                assertThat(p.content())
                        .isEqualTo(new dev.pilothouse.plugin.api.PanelContent.Table(
                                List.of("table", "attributes"), List.of(List.of("TmpThing", "1"))));
            });
            assertThat(web.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("UnsupportedOperationException: cannot draw"));
            assertThat(host.panels(dev.pilothouse.plugin.api.Console.DESKTOP, "schema.graphql", model(SCHEMA), Map.of())
                            .panels())
                    .extracting(PanelResult.RenderedPanel::id)
                    .containsExactly("desk");
            PanelResult fromFiles =
                    host.panels(dev.pilothouse.plugin.api.Console.WEB, Map.of("schema.graphql", SCHEMA));
            assertThat(fromFiles.panels())
                    .as("the schema analysed from the files")
                    .isEqualTo(web.panels());
            assertThat(fromFiles.summary(host.plugins())).isEqualTo("1 plugin (0 failed), 1 panel, 1 failed");
        }
    }

    @Test
    void badServiceEntryIsReportedNamingTheJar() throws Exception {
        Path folder = folder("plugins");
        Path jar = TestJars.build(
                folder.resolve("typo.jar"),
                Map.of(),
                PluginSources.serviceEntry("typo.NoSuchPlugin"),
                Map.of(),
                Plugin.class);
        try (PluginHost host = open(folder)) {
            assertThat(host.plugins()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(r.source()).isEqualTo(jar.toString());
                assertThat(r.error()).contains("bad service entry").contains("typo.NoSuchPlugin");
            });
        }
    }

    @Test
    void pluginForAnotherMajorVersionIsRefused() throws Exception {
        Path folder = folder("plugins");
        jar(folder, "future", (PluginApi.MAJOR + 1) + ".0", PluginSources.FLAG_TMP_TABLES);
        try (PluginHost host = open(folder)) {
            assertThat(host.plugins()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(r.error()).startsWith("refused").contains(PluginApi.VERSION);
            });
            assertThat(host.lint("schema.graphql", SCHEMA, model(SCHEMA)).findings())
                    .isEmpty();
        }
    }

    @Test
    void incompatibleManifestIsRefusedBeforeAnyCodeRuns() throws Exception {
        Path folder = folder("plugins");
        TestJars.build(
                folder.resolve("old.jar"),
                PluginSources.lintPlugin("old", "0.9", "OLD001", "return null;"),
                PluginSources.serviceEntry("no.SuchClass"),
                Map.of(PluginApi.MANIFEST_ATTRIBUTE, "0.9"),
                Plugin.class);
        try (PluginHost host = open(folder)) {
            assertThat(host.plugins())
                    .singleElement()
                    .satisfies(r -> assertThat(r.error())
                            .contains("refused before loading")
                            .contains("0.9"));
        }
    }

    @Test
    void pluginSeesOnlyTheApiNotTheConsoleClassPath() throws Exception {
        Path folder = folder("plugins");
        String usesYaml = "new org.yaml.snakeyaml.Yaml(); return List.of();";
        TestJars.build(
                folder.resolve("nosy.jar"),
                PluginSources.lintPlugin("nosy", PluginApi.VERSION, "NOSY1", usesYaml),
                PluginSources.serviceEntry(PluginSources.className("nosy")),
                Map.of(),
                Plugin.class,
                org.yaml.snakeyaml.Yaml.class);
        try (PluginHost host = open(folder)) {
            assertThat(host.lint("schema.graphql", SCHEMA, model(SCHEMA)).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message())
                            .contains("NoClassDefFoundError")
                            .contains("org/yaml/snakeyaml/Yaml"));
        }
    }

    @Test
    void jarWithoutPluginAndUnreadableJarAreReported() throws Exception {
        Path folder = folder("plugins");
        TestJars.build(folder.resolve("empty.jar"), Map.of(), Map.of(), Map.of(), Plugin.class);
        Files.writeString(folder.resolve("garbage.jar"), "not a zip");
        try (PluginHost host = open(folder)) {
            assertThat(host.plugins())
                    .extracting(PluginRecord::error)
                    .anySatisfy(e -> assertThat(e).contains("no META-INF/services"))
                    .anySatisfy(e -> assertThat(e).contains("not a readable jar"));
        }
    }

    @Test
    void samePluginInTwoFoldersLoadsOnceAndSaysWhere() throws Exception {
        Path home = folder("home");
        Path workspace = folder("workspace");
        Path first = jar(home, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        jar(workspace, "acme", PluginApi.VERSION, PluginSources.FLAG_TMP_TABLES);
        try (PluginHost host =
                PluginHost.open(List.of(home, workspace), PluginSettings.NONE, EXECUTOR, Duration.ofSeconds(5))) {
            assertThat(host.plugins())
                    .extracting(PluginRecord::status)
                    .containsExactly(PluginStatus.LOADED, PluginStatus.FAILED);
            assertThat(host.plugins().get(1).error()).contains("already loaded from " + first);
            assertThat(host.lint("schema.graphql", SCHEMA, model(SCHEMA)).findings())
                    .hasSize(1);
        }
    }

    private PluginHost open(Path folder) {
        return PluginHost.open(List.of(folder), PluginSettings.NONE, EXECUTOR, Duration.ofSeconds(5));
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    static Path jar(Path folder, String name, String api, String body) throws Exception {
        return TestJars.build(
                folder.resolve(name + ".jar"),
                PluginSources.lintPlugin(name, api, name.toUpperCase(java.util.Locale.ROOT) + "001", body),
                PluginSources.serviceEntry(PluginSources.className(name)),
                Map.of(),
                Plugin.class);
    }

    static SchemaModel model(String text) {
        return new LanguageService()
                .analyze(new DocumentSnapshot("schema.graphql", 1, text))
                .model();
    }
}
