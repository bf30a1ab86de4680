package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.config;
import static dev.pilothouse.schema.config.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigOutlineTest {

    @Test
    void outlineListsPluginsWithTheirFiles() {
        ConfigOutline outline = ConfigOutline.of(config(resource("valid/05-fastify.yaml")), PluginCatalog.harper47());

        assertThat(outline.plugins())
                .extracting(PluginEntry::name)
                .containsExactly("REST", "graphqlSchema", "fastifyRoutes", "jsResource");
        assertThat(outline.plugins().get(3).files()).containsExactly("resources.js", "lib/cache.js");
        assertThat(outline.plugins().get(2).range().startLine()).isEqualTo(4);
    }

    @Test
    void outlineMarksPackagePluginsAsNotBuiltIn() {
        ConfigOutline outline =
                ConfigOutline.of(config("'@harperdb/nextjs':\n  files: { source: '/*' }\n"), PluginCatalog.harper47());

        assertThat(outline.plugins()).singleElement().satisfies(p -> {
            assertThat(p.builtIn()).isFalse();
            assertThat(p.files()).containsExactly("/*");
        });
    }

    @Test
    void outlineOfBrokenYamlIsEmpty() {
        assertThat(ConfigOutline.of(config("rest: [\n"), PluginCatalog.harper47())
                        .plugins())
                .isEmpty();
    }
}
