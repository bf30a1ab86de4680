package dev.pilothouse.schema.plugin;

import dev.pilothouse.plugin.api.AttributeView;
import dev.pilothouse.plugin.api.ChangeClass;
import dev.pilothouse.plugin.api.ChangeView;
import dev.pilothouse.plugin.api.ExportView;
import dev.pilothouse.plugin.api.Position;
import dev.pilothouse.plugin.api.SchemaView;
import dev.pilothouse.plugin.api.TableView;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/**
 * Copies the language service's model into the plugin API's own records (ADR 0008), so plugins never see, and never
 * break on, the schema editor's internal types.
 */
public final class PluginViews {

    private PluginViews() {}

    public static SchemaView schema(String file, SchemaModel model) {
        return new SchemaView(
                file, model.tables().stream().map(PluginViews::table).toList());
    }

    public static List<ChangeView> changes(List<SchemaChange> changes) {
        return changes.stream()
                .map(c -> new ChangeView(
                        c.table(),
                        c.attribute(),
                        ChangeClass.valueOf(c.classification().name()),
                        c.code(),
                        c.message()))
                .toList();
    }

    private static TableView table(Table t) {
        ExportView export = t.export() == null
                ? null
                : new ExportView(
                        t.export().pathFor(t.typeName()),
                        t.export().rest(),
                        t.export().mqtt());
        return new TableView(
                t.typeName(),
                t.database(),
                t.tableName(),
                export,
                t.attributes().stream().map(PluginViews::attribute).toList(),
                position(t.nameRange()));
    }

    private static AttributeView attribute(Attribute a) {
        TextRange r = a.range();
        // the field's range starts at its name (descriptions are rare on attributes); point at the name only
        Position at = new Position(
                r.startLine(),
                r.startColumn(),
                r.startLine(),
                r.startColumn() + a.name().length());
        return new AttributeView(
                a.name(), a.typeName(), a.list(), a.nonNull(), a.primaryKey(), a.indexed(), a.stored(), at);
    }

    private static Position position(TextRange r) {
        return new Position(r.startLine(), r.startColumn(), r.endLine(), r.endColumn());
    }
}
