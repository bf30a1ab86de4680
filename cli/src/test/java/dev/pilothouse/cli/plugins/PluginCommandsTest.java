package dev.pilothouse.cli.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.cli.Main;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars compiled during the test, dropped into the plugin folders, seen through the command line. */
class PluginCommandsTest {

    private static final String SCHEMA = """
            type TmpThing @table @export {
              id: ID @primaryKey
              name: String
            }
            """;

    @TempDir
    Path tmp;

    private Path workspace;
    private Path schema;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void workspace() throws Exception {
        System.setProperty("pilothouse.home", tmp.resolve("home").toString()); // never the user's own plugins
        // plugins are trusted by an admin proved by this process's OS account (the lone admin here)
        dev.pilothouse.workspace.humans.HumanRegistry.forCurrentAccount(
                        new dev.pilothouse.workspace.PilothouseHome(tmp.resolve("home")))
                .add("ada", java.util.Set.of(), java.util.Optional.empty());
        workspace = Files.createDirectories(tmp.resolve("app"));
        schema = Files.writeString(workspace.resolve("schema.graphql"), SCHEMA);
    }

    @AfterEach
    void clear() {
        System.clearProperty("pilothouse.home");
        System.clearProperty("pilothouse.plugin.timeout");
    }

    @Test
    void schemaCheckReportsTheRuleOfAPluginJarInTheWorkspaceFolder() throws Exception {
        trust(jar(workspace.resolve(".pilothouse/plugins"), "acme", PluginSources.FLAG_TMP_TABLES));
        Files.writeString(workspace.resolve(".pilothouse/plugins.yaml"), "acme:\n  why: from plugins.yaml\n");

        int code = run("schema", "check", "--workspace", workspace.toString(), schema.toString());

        assertThat(code).isZero(); // a warning does not fail the check
        assertThat(out.toString())
                .contains(schema + ":1:6: warning ACME001 table TmpThing looks temporary"
                        + " (from plugins.yaml) [acme]");
        assertThat(err.toString().lines())
                .as("only the lone-admin flag of the trust")
                .allSatisfy(l -> assertThat(l).startsWith("warning: Boundary change R1 changed by a lone admin"));
    }

    @Test
    void schemaCheckJsonCarriesThePluginCodeAndPosition() throws Exception {
        jar(tmp.resolve("home/plugins"), "acme", PluginSources.FLAG_TMP_TABLES);

        run("schema", "check", "--format", "json", "--workspace", workspace.toString(), schema.toString());

        JsonNode finding = find(new ObjectMapper().readTree(out.toString()), "ACME001");
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.get("column").asInt()).isEqualTo(6);
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
    }

    @Test
    void brokenPluginsAreReportedAndTheCheckStillRuns() throws Exception {
        System.setProperty("pilothouse.plugin.timeout", "500");
        Path folder = workspace.resolve(".pilothouse/plugins");
        trust(jar(folder, "acme", PluginSources.FLAG_TMP_TABLES));
        Path throwing = trust(jar(folder, "boom", PluginSources.THROWS));
        Path hanging = trust(jar(folder, "sleepy", PluginSources.HANGS));
        Path typo = trust(TestJars.build(
                folder.resolve("typo.jar"),
                Map.of(),
                PluginSources.serviceEntry("typo.Missing"),
                Map.of(),
                Plugin.class));

        int code = run("schema", "check", "--workspace", workspace.toString(), schema.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("ACME001 table TmpThing")
                .contains("warning PH800 plugin boom (" + throwing + "): rule BOOM001 threw"
                        + " java.lang.IllegalStateException: rule exploded")
                .contains("warning PH800 plugin sleepy (" + hanging + "): rule SLEEPY001 did not finish within"
                        + " 500 ms");
        assertThat(err.toString())
                .contains("plugin typo (" + typo + ") not loaded: bad service entry")
                .contains("typo.Missing");
    }

    @Test
    void bundledNamingRulesRunWithoutAnyJar() throws Exception {
        Path snake = Files.writeString(
                workspace.resolve("schema.graphql"), "type order_item @table {\n  id: ID @primaryKey\n}\n");

        run("schema", "check", "--workspace", workspace.toString(), snake.toString());

        assertThat(out.toString())
                .contains(snake + ":1:6: warning NAMING001 table order_item is not PascalCase"
                        + " (OrderItem) [naming-conventions]");
        out.getBuffer().setLength(0);
        run("schema", "check", "--no-plugins", snake.toString());
        assertThat(out.toString()).doesNotContain("NAMING001");
    }

    @Test
    void malformedPluginsYamlIsAUsageErrorNamingTheFile() throws Exception {
        Path yaml = Files.createDirectories(workspace.resolve(".pilothouse")).resolve("plugins.yaml");
        Files.writeString(yaml, "naming-conventions: [tables]\n");

        assertThat(run("schema", "check", "--workspace", workspace.toString(), schema.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains(yaml.toString()).contains("naming-conventions");
    }

    @Test
    void pluginsListShowsBundledAndJarPluginsWithStatusAndErrors() throws Exception {
        Path folder = workspace.resolve(".pilothouse/plugins");
        Path acme = trust(jar(folder, "acme", PluginSources.FLAG_TMP_TABLES));
        trust(TestJars.build(
                folder.resolve("future.jar"),
                PluginSources.lintPlugin("future", "99.0", "FUT1", PluginSources.THROWS),
                PluginSources.serviceEntry(PluginSources.className("future")),
                Map.of(),
                Plugin.class));

        int code = run("plugins", "list", "--json", "--workspace", workspace.toString());

        assertThat(code).isEqualTo(1); // one plugin failed
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(byName(list, "naming-conventions").get("source").asText()).isEqualTo("bundled");
        assertThat(byName(list, "naming-conventions").get("kinds").toString()).isEqualTo("[\"lint-rule\"]");
        assertThat(byName(list, "openapi").get("kinds").toString()).isEqualTo("[\"exporter\"]");
        assertThat(byName(list, "migration-note").get("kinds").toString()).isEqualTo("[\"proposal-validator\"]");
        assertThat(byName(list, "acme").get("source").asText()).isEqualTo(acme.toString());
        assertThat(byName(list, "acme").get("status").asText()).isEqualTo("loaded");
        assertThat(byName(list, "acme").get("version").asText()).isEqualTo("1.2.0");
        assertThat(byName(list, "future").get("status").asText()).isEqualTo("failed");
        assertThat(byName(list, "future").get("error").asText())
                .contains("99.0")
                .contains(PluginApi.VERSION);
    }

    @Test
    void workspaceJarIsListedAsRefusedUntilAHumanTrustsIt() throws Exception {
        Path acme = jar(workspace.resolve(".pilothouse/plugins"), "acme", PluginSources.FLAG_TMP_TABLES);
        String sha = sha256(acme);

        assertThat(run("plugins", "list", "--workspace", workspace.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("acme")
                .contains("refused")
                .contains("not allow-listed: sha256 " + sha)
                .contains("pilothouse plugins trust " + acme);
        assertThat(run("schema", "check", "--workspace", workspace.toString(), schema.toString()))
                .isZero();
        assertThat(out.toString()).doesNotContain("ACME001");
        assertThat(err.toString()).contains("plugin acme (" + acme + ") not loaded: not allow-listed");

        assertThat(run("plugins", "trust", acme.toString(), "--as", "human:ada"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Trusted acme.jar (sha256 " + sha + ")");
        Path trustFile = tmp.resolve("home/plugin-trust.json");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(trustFile)))
                .isEqualTo("rw-------");
        clearOutput();
        assertThat(run("plugins", "list", "--json", "--workspace", workspace.toString()))
                .isZero();
        assertThat(byName(new ObjectMapper().readTree(out.toString()), "acme")
                        .get("status")
                        .asText())
                .isEqualTo("loaded");

        assertThat(run("plugins", "untrust", sha, "--as", "human:ada")).isZero();
        clearOutput();
        assertThat(run("plugins", "list", "--json", "--workspace", workspace.toString()))
                .isEqualTo(1);
        assertThat(byName(new ObjectMapper().readTree(out.toString()), "acme")
                        .get("status")
                        .asText())
                .isEqualTo("refused");
        String audit = Files.readString(tmp.resolve("home/audit/audit.jsonl"));
        assertThat(audit)
                .contains("\"plugin.trusted\"")
                .contains("\"plugin.untrusted\"")
                .contains("human:ada")
                .contains(sha);
    }

    @Test
    void agentsCannotTrustAJarAndUnknownHashesAreNamed() throws Exception {
        Path acme = jar(workspace.resolve(".pilothouse/plugins"), "acme", PluginSources.FLAG_TMP_TABLES);

        assertThat(run("plugins", "trust", acme.toString(), "--as", "agent:bot"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("agent:bot is an agent");
        assertThat(tmp.resolve("home/plugin-trust.json")).doesNotExist();
        assertThat(run("plugins", "untrust", "ab".repeat(32), "--as", "human:ada"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is not allow-listed");
    }

    @Test
    void exportOpenApiWritesTheDocumentOfTheExportedTables() throws Exception {
        Path target = tmp.resolve("api.json");

        int code = run("export", "openapi", "--workspace", workspace.toString(), "--out", target.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(target.toFile());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").has("/TmpThing/")).isTrue();
        assertThat(doc.get("paths").get("/TmpThing/{id}").has("patch")).isTrue();
    }

    @Test
    void exportOfAnUnknownExporterListsTheAvailableOnes() {
        assertThat(run("export", "graphviz", "--workspace", workspace.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'graphviz'").contains("openapi");
    }

    /** Allow-lists a workspace jar as an admin would, through the command line. */
    private Path trust(Path jar) {
        assertThat(run("plugins", "trust", jar.toString(), "--as", "human:ada"))
                .as(err.toString())
                .isZero();
        clearOutput();
        return jar;
    }

    private void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path jar(Path folder, String name, String body) throws Exception {
        Files.createDirectories(folder);
        return TestJars.build(
                folder.resolve(name + ".jar"),
                PluginSources.lintPlugin(
                        name, PluginApi.VERSION, name.toUpperCase(java.util.Locale.ROOT) + "001", body),
                PluginSources.serviceEntry(PluginSources.className(name)),
                Map.of(),
                Plugin.class);
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    private static JsonNode byName(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no plugin " + name + " in " + array);
    }
}
