package dev.pilothouse.schema.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.ChangeClass;
import dev.pilothouse.plugin.api.SchemaView;
import dev.pilothouse.plugin.api.TableView;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diff.SchemaDiff;
import dev.pilothouse.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

class PluginViewsTest {

    private static final String SCHEMA = """
            type Product @table(database: "shop", table: "products") @export(name: "items") {
              sku: Int @primaryKey
              name: String! @indexed
              tags: [String]
            }
            type Note @table {
              id: ID @primaryKey
            }
            """;

    @Test
    void tablesCarryHarperNamesExportPathAndAttributes() {
        SchemaView view = PluginViews.schema("schema.graphql", model(SCHEMA));

        TableView product = view.table("Product").orElseThrow();
        assertThat(product.database()).isEqualTo("shop");
        assertThat(product.tableName()).isEqualTo("products");
        assertThat(product.export().path()).isEqualTo("items");
        assertThat(product.export().rest()).isTrue();
        assertThat(product.primaryKey()).hasValueSatisfying(pk -> {
            assertThat(pk.name()).isEqualTo("sku");
            assertThat(pk.type()).isEqualTo("Int");
        });
        assertThat(product.attributes().get(1)).satisfies(a -> {
            assertThat(a.nonNull()).isTrue();
            assertThat(a.indexed()).isTrue();
            assertThat(a.position().line()).isEqualTo(3);
            assertThat(a.position().column()).isEqualTo(3);
            assertThat(a.position().endColumn()).isEqualTo(7);
        });
        assertThat(product.attributes().get(2).list()).isTrue();
        assertThat(view.table("Note").orElseThrow().exported()).isFalse();
    }

    @Test
    void changesKeepTheirClassificationAndCode() {
        var changes = SchemaDiff.diff(model(SCHEMA), model("""
                type Note @table {
                  id: ID @primaryKey
                }
                """));

        assertThat(PluginViews.changes(changes)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.table()).isEqualTo("Product");
            assertThat(c.classification()).isEqualTo(ChangeClass.BREAKING);
            assertThat(c.code()).startsWith("D");
        });
    }

    private static SchemaModel model(String text) {
        return new LanguageService()
                .analyze(new DocumentSnapshot("schema.graphql", 1, text))
                .model();
    }
}
