package dev.pilothouse.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace jars load only when the console home's allow-list names their exact bytes. */
class PluginTrustTest {

    private static final String SCHEMA = "type Thing @table {\n  id: ID @primaryKey\n}\n";
    private static final Instant WHEN = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path tmp;

    Path home;
    Path workspace;
    Path canary;

    @BeforeEach
    void folders() throws Exception {
        home = Files.createDirectories(tmp.resolve("home"));
        workspace = Files.createDirectories(tmp.resolve("app"));
        Files.createDirectories(workspace.resolve(".pilothouse/plugins"));
        canary = tmp.resolve("canary.txt");
    }

    @Test
    void workspaceJarIsRefusedWithItsHashAndNoneOfItsCodeRuns() throws Exception {
        Path jar = canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        String sha = PluginTrust.sha256(Files.readAllBytes(jar));

        try (WorkspacePlugins plugins = open()) {
            assertThat(plugins.host().plugins())
                    .filteredOn(r -> r.source().equals(jar.toString()))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(PluginStatus.REFUSED);
                        assertThat(r.error())
                                .contains("not allow-listed: sha256 " + sha)
                                .contains("pilothouse plugins trust " + jar);
                    });
            assertThat(words(plugins)).isEmpty();
        }
        assertThat(canary).as("the provider's static initialiser never ran").doesNotExist();
    }

    @Test
    void workspaceJarLoadsOnceItsHashIsTrusted() throws Exception {
        Path jar = canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        TrustedJar entry = PluginTrust.in(home).trust(jar, "human:ada", WHEN);

        try (WorkspacePlugins plugins = open()) {
            assertThat(plugins.host().plugins())
                    .filteredOn(r -> r.name().equals("canary"))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(PluginStatus.LOADED);
                        assertThat(r.source())
                                .as("reported as the workspace jar")
                                .isEqualTo(jar.toString());
                    });
            assertThat(words(plugins)).containsExactly("first");
        }
        assertThat(canary).exists();
        assertThat(entry.name()).isEqualTo("canary.jar");
        assertThat(PluginTrust.in(home).entries()).containsOnlyKeys(entry.sha256());
    }

    @Test
    void trustedJarChangedAfterwardsIsRefused() throws Exception {
        Path jar = canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        PluginTrust.in(home).trust(jar, "human:ada", WHEN);
        canaryJar(workspace.resolve(".pilothouse/plugins"), "changed");

        try (WorkspacePlugins plugins = open()) {
            assertThat(plugins.host().plugins())
                    .filteredOn(r -> r.source().equals(jar.toString()))
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(PluginStatus.REFUSED));
            assertThat(words(plugins)).isEmpty();
        }
        assertThat(canary).doesNotExist();
    }

    @Test
    void jarSwappedAfterTheCheckIsNeverRead() throws Exception {
        Path jar = canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        PluginTrust.in(home).trust(jar, "human:ada", WHEN);

        try (WorkspacePlugins plugins = open()) {
            // the rule's helper class is loaded lazily, at the first call: after the swap
            Path other = canaryJar(Files.createDirectories(tmp.resolve("other")), "swapped");
            Files.write(jar, Files.readAllBytes(other));

            assertThat(words(plugins)).containsExactly("first");
        }
    }

    @Test
    void jarInTheConsoleHomeLoadsWithoutBeingListed() throws Exception {
        Path jar = canaryJar(Files.createDirectories(home.resolve("plugins")), "home");

        try (WorkspacePlugins plugins = open()) {
            assertThat(plugins.host().plugins())
                    .filteredOn(r -> r.source().equals(jar.toString()))
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(PluginStatus.LOADED));
            assertThat(words(plugins)).containsExactly("home");
        }
        assertThat(PluginTrust.in(home).file()).doesNotExist();
    }

    @Test
    void allowListIsOwnerOnlyAndUntrustRemovesTheHash() throws Exception {
        Path jar = canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        PluginTrust trust = PluginTrust.in(home);
        TrustedJar entry = trust.trust(jar, "human:ada", WHEN);

        assertThat(trust.find(entry.sha256())).contains(entry);
        if (PluginTrust.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(trust.file())))
                    .isEqualTo("rw-------");
        }
        assertThat(trust.untrust(entry.sha256().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(entry);
        assertThat(trust.entries()).isEmpty();
        assertThatThrownBy(() -> trust.untrust(entry.sha256())).hasMessageContaining("not allow-listed");
        try (WorkspacePlugins plugins = open()) {
            assertThat(plugins.host().plugins())
                    .extracting(PluginRecord::status)
                    .contains(PluginStatus.REFUSED);
        }
    }

    @Test
    void summaryCountsRefusedJarsApart() throws Exception {
        canaryJar(workspace.resolve(".pilothouse/plugins"), "first");
        try (WorkspacePlugins plugins = open()) {
            List<PluginRecord> all = plugins.host().plugins();
            assertThat(new PanelResult(List.of(), List.of()).summary(all)).contains("(0 failed, 1 refused)");
        }
    }

    private WorkspacePlugins open() {
        return WorkspacePlugins.open(home, workspace, Duration.ofSeconds(5));
    }

    private List<String> words(WorkspacePlugins plugins) {
        return plugins.host().lint("schema.graphql", SCHEMA, PluginHostTest.model(SCHEMA)).findings().stream()
                .filter(f -> f.plugin().equals("canary"))
                .map(f -> f.finding().message())
                .toList();
    }

    /** A plugin whose provider writes the canary file when its class initialises; its rule reports {@code word}. */
    private Path canaryJar(Path folder, String word) throws Exception {
        String plugin = """
                package canary;

                import dev.pilothouse.plugin.api.*;
                import java.util.*;

                public final class PluginCanary implements Plugin {
                    static {
                        try {
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("canary", "1.0.0", PluginApi.VERSION, "canary");
                    }

                    public List<SchemaLintRule> lintRules() {
                        return List.of(new SchemaLintRule() {
                            public String code() { return "CANARY1"; }
                            public String description() { return "says which build it is"; }
                            public List<Finding> check(LintInput in) {
                                return List.of(new Finding("CANARY1", Severity.INFO, Position.START, Word.word()));
                            }
                        });
                    }
                }
                """.formatted(canary.toString().replace("\\", "\\\\"));
        String helper = "package canary;\n\nfinal class Word {\n    static String word() {\n        return \"" + word
                + "\";\n    }\n}\n";
        return TestJars.build(
                folder.resolve("canary.jar"),
                Map.of("canary/PluginCanary.java", plugin, "canary/Word.java", helper),
                PluginSources.serviceEntry("canary.PluginCanary"),
                Map.of(),
                Plugin.class);
    }
}
