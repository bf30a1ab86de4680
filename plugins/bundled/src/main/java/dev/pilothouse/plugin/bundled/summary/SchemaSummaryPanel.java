package dev.pilothouse.plugin.bundled.summary;

import dev.pilothouse.plugin.api.AttributeView;
import dev.pilothouse.plugin.api.Console;
import dev.pilothouse.plugin.api.Panel;
import dev.pilothouse.plugin.api.PanelContent;
import dev.pilothouse.plugin.api.PanelInput;
import dev.pilothouse.plugin.api.TableView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row per {@code @table}: Harper's database and table name, the primary key, how many attributes are stored,
 * and the REST path Harper serves it at ({@code -} when not exported or REST is off).
 */
final class SchemaSummaryPanel implements Panel {

    static final List<String> COLUMNS = List.of("Table", "Database", "Primary key", "Stored attributes", "REST path");

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Schema summary";
    }

    @Override
    public Set<Console> consoles() {
        return EnumSet.allOf(Console.class);
    }

    @Override
    public PanelContent render(PanelInput input) {
        List<List<String>> rows =
                input.schema().tables().stream().map(SchemaSummaryPanel::row).toList();
        return new PanelContent.Table(COLUMNS, rows);
    }

    private static List<String> row(TableView table) {
        String key = table.primaryKey().map(pk -> pk.name() + ": " + pk.type()).orElse("-");
        long stored = table.attributes().stream().filter(AttributeView::stored).count();
        String rest =
                table.exported() && table.export().rest() ? "/" + table.export().path() + "/" : "-";
        String name =
                table.name().equals(table.tableName()) ? table.name() : table.name() + " (" + table.tableName() + ")";
        return List.of(name, table.database(), key, Long.toString(stored), rest);
    }
}
