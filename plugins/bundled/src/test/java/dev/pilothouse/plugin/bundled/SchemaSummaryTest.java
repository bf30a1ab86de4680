package dev.pilothouse.plugin.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.Console;
import dev.pilothouse.plugin.api.Panel;
import dev.pilothouse.plugin.api.PanelContent;
import dev.pilothouse.plugin.api.PanelInput;
import dev.pilothouse.plugin.bundled.summary.SchemaSummaryPlugin;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaSummaryTest {

    private static final String SCHEMA = """
            type Product @table @export {
              sku: Int @primaryKey
              name: String! @indexed
              maker: Maker @relationship(from: makerId)
              makerId: ID
            }
            type Maker @table(database: "crm", table: "makers") @export(name: "people") {
              id: ID @primaryKey
              name: String
            }
            type Secret @table {
              note: String
            }
            """;

    @Test
    void tableHasOneRowPerTableWithKeyStoredCountAndRestPath() {
        Panel panel = new SchemaSummaryPlugin().panels().getFirst();
        PanelContent content = panel.render(new PanelInput(Schemas.view(SCHEMA), Map.of(), Map.of()));

        assertThat(panel.consoles()).containsExactlyInAnyOrder(Console.DESKTOP, Console.WEB);
        assertThat(content).isInstanceOfSatisfying(PanelContent.Table.class, table -> {
            assertThat(table.columns())
                    .containsExactly("Table", "Database", "Primary key", "Stored attributes", "REST path");
            assertThat(table.rows())
                    .containsExactly(
                            java.util.List.of("Product", "data", "sku: Int", "3", "/Product/"),
                            java.util.List.of("Maker (makers)", "crm", "id: ID", "2", "/people/"),
                            java.util.List.of("Secret", "data", "-", "1", "-"));
        });
    }

    @Test
    void emptySchemaGivesAnEmptyTable() {
        PanelContent content = new SchemaSummaryPlugin()
                .panels()
                .getFirst()
                .render(new PanelInput(Schemas.view(""), Map.of(), Map.of()));

        assertThat(content)
                .isInstanceOfSatisfying(
                        PanelContent.Table.class,
                        table -> assertThat(table.rows()).isEmpty());
    }
}
