package dev.pilothouse.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void sameMajorAndOlderOrEqualMinorIsCompatible() {
        assertThat(PluginApi.incompatibility(PluginApi.VERSION)).isNull();
        assertThat(PluginApi.incompatibility(PluginApi.MAJOR + ".0")).isNull();
    }

    @Test
    void otherMajorIsRefusedWithBothVersions() {
        assertThat(PluginApi.incompatibility((PluginApi.MAJOR + 1) + ".0"))
                .contains((PluginApi.MAJOR + 1) + ".0")
                .contains(PluginApi.VERSION)
                .contains("major");
    }

    @Test
    void newerMinorIsRefused() {
        assertThat(PluginApi.incompatibility(PluginApi.MAJOR + "." + (PluginApi.MINOR + 1)))
                .contains("newer");
    }

    @Test
    void malformedVersionIsRefused() {
        assertThat(PluginApi.incompatibility("one")).contains("'one'").contains("MAJOR.MINOR");
        assertThat(PluginApi.incompatibility(null)).isNotNull();
    }

    @Test
    void descriptorRefusesNamesThatCannotBeYamlKeys() {
        assertThatThrownBy(() -> new PluginDescriptor("My Plugin", "1", "1.0", null))
                .hasMessageContaining("My Plugin");
    }

    @Test
    void tableContentRefusesRaggedRows() {
        assertThatThrownBy(() -> new PanelContent.Table(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("1 cells for 2 columns");
    }

    @Test
    void positionRefusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Position(3, 5, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
