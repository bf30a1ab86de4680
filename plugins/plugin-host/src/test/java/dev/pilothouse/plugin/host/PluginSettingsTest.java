package dev.pilothouse.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void sectionsAreReadPerPluginAsStrings() throws Exception {
        Path file = Files.writeString(tmp.resolve("plugins.yaml"), """
                naming-conventions:
                  tables: PascalCase
                  strict: true
                other:
                """);
        PluginSettings settings = PluginSettings.read(file);
        assertThat(settings.of("naming-conventions"))
                .containsEntry("tables", "PascalCase")
                .containsEntry("strict", "true");
        assertThat(settings.of("other")).isEmpty();
        assertThat(settings.of("absent")).isEmpty();
    }

    @Test
    void missingFileMeansNoSettings() {
        assertThat(PluginSettings.read(tmp.resolve("none.yaml"))).isEqualTo(PluginSettings.NONE);
    }

    @Test
    void nestedValueIsRefusedNamingFileAndKey() throws Exception {
        Path file = Files.writeString(tmp.resolve("plugins.yaml"), "naming-conventions:\n  tables: [a, b]\n");
        assertThatThrownBy(() -> PluginSettings.read(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("naming-conventions.tables")
                .hasMessageContaining("list");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("plugins.yaml"), "a:\n  b: c\n d: [\n");
        assertThatThrownBy(() -> PluginSettings.read(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line");
    }
}
