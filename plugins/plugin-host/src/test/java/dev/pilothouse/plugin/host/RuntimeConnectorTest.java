package dev.pilothouse.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.RuntimeConnector;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeConnectorTest {

    private static final ExecutorService EXECUTOR = PluginHost.daemonExecutor(2);

    @TempDir
    Path tmp;

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void connectorJarResolvesItsSchemeWithItsSettingsAsHeaders() throws Exception {
        Path folder = connectorJar();
        var settings = new PluginSettings(Map.of("acme", Map.of("Tenant", "shop")));
        try (PluginHost host = PluginHost.open(List.of(folder), settings, EXECUTOR, Duration.ofSeconds(5))) {
            RuntimeConnector.Connection connection = host.connect(URI.create("acme://prod/shop"));

            assertThat(host.connectorSchemes()).containsExactly("acme");
            assertThat(connection.operationsUrl()).isEqualTo(URI.create("http://127.0.0.1:9925/"));
            assertThat(connection.restUrl()).isEqualTo(URI.create("http://127.0.0.1:9926/"));
            assertThat(connection.headers())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("X-Connector", "prod", "X-Tenant", "shop"));
        }
    }

    @Test
    void unknownSchemeNamesTheSchemesAvailable() throws Exception {
        Path folder = connectorJar();
        try (PluginHost host = PluginHost.open(List.of(folder), PluginSettings.NONE, EXECUTOR, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> host.connect(URI.create("other://x/y")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'other://'")
                    .hasMessageContaining("available: acme");
        }
        try (PluginHost none = PluginHost.open(List.of(), PluginSettings.NONE, EXECUTOR, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> none.connect(URI.create("acme://prod/shop")))
                    .hasMessageContaining("no runtime connector plugins are loaded");
        }
    }

    private Path connectorJar() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("plugins"));
        TestJars.build(
                folder.resolve("acme.jar"),
                PluginSources.connectorPlugin("acme", "acme", "http://127.0.0.1:9925/", "http://127.0.0.1:9926/"),
                PluginSources.serviceEntry(PluginSources.className("acme")),
                Map.of(),
                Plugin.class);
        return folder;
    }
}
