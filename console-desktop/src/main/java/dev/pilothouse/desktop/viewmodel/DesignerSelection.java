package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The designer's selection (a table, maybe one of its attributes) and the choices the forms offer, kept in step
 * with the model: a selection whose table or attribute disappeared from the text is cleared.
 */
public final class DesignerSelection {

    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<Attribute> attribute = new ReadOnlyObjectWrapper<>(this, "attribute");
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private String tableName;
    private String attributeName;
    private SchemaModel model = SchemaModel.EMPTY;
    private boolean pending;

    void select(String nodeId, String row, SchemaModel current) {
        boolean isTable = nodeId != null && nodeId.startsWith("table:");
        tableName = isTable ? nodeId.substring("table:".length()) : null;
        attributeName = isTable ? row : null;
        pending = false;
        refresh(current);
    }

    /** Moves the selection to what an applied edit created or renamed (the model catches up on the next analysis). */
    void after(SchemaEdit edit) {
        switch (edit) {
            case SchemaEdit.AddTable t -> set(t.name(), null);
            case SchemaEdit.RenameTable t -> set(t.newName(), attributeName);
            case SchemaEdit.RemoveTable t -> set(null, null);
            case SchemaEdit.AddAttribute a -> set(a.table(), a.name());
            case SchemaEdit.AddRelationship a -> set(a.table(), a.name());
            case SchemaEdit.RenameAttribute a -> set(a.table(), a.newName());
            case SchemaEdit.RemoveAttribute a -> set(a.table(), null);
            case SchemaEdit.RemoveRelationship a -> set(a.table(), null);
            default -> {}
        }
    }

    private void set(String t, String a) {
        tableName = t;
        attributeName = a;
        pending = true;
    }

    void refresh(SchemaModel current) {
        model = current;
        Table t = tableName == null ? null : model.table(tableName).orElse(null);
        Attribute a = t == null || attributeName == null
                ? null
                : t.attribute(attributeName).orElse(null);
        if (!pending) { // a name just created or renamed to waits for the analysis that contains it
            tableName = t == null ? null : tableName;
            attributeName = a == null ? null : attributeName;
        }
        pending = false;
        table.set(t);
        attribute.set(a);
        tables.setAll(model.tables().stream().map(Table::typeName).toList());
        attributes.setAll(
                t == null
                        ? List.of()
                        : t.attributes().stream().map(Attribute::name).toList());
        List<String> all = new ArrayList<>(HarperTypes.scalars().keySet());
        all.addAll(tables);
        model.otherTypes().forEach(o -> all.add(o.name().value()));
        types.setAll(all);
    }

    /** The scene node id of the selection, for marking it in the diagram. */
    public String nodeId() {
        return tableName == null ? null : "table:" + tableName;
    }

    public String tableName() {
        return tableName;
    }

    public String attributeName() {
        return attributeName;
    }

    public ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Attribute> attributeProperty() {
        return attribute.getReadOnlyProperty();
    }

    /** Table names, attribute names of the selected table, and every type an attribute may use. */
    public ObservableList<String> tables() {
        return tables;
    }

    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObservableList<String> types() {
        return types;
    }
}
