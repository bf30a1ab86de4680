package dev.pilothouse.web.views.diagram;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.util.List;
import java.util.function.Consumer;

/**
 * The designer's forms for developers: each action is one {@link SchemaEdit}, handed to the view, which applies it
 * to the schema text through the language service's edit API. The forms only describe edits; they never write.
 */
final class DesignerPanel extends VerticalLayout {

    private final Consumer<SchemaEdit> apply;

    DesignerPanel(Consumer<SchemaEdit> apply) {
        this.apply = apply;
        setId("designer-panel");
        setPadding(false);
        setSpacing(false);
    }

    /** Rebuilds the forms for the model and the selected table (null: only "new table"). */
    void show(SchemaModel model, Table selected) {
        removeAll();
        TextField name = field("designer-new-table", "New table");
        Checkbox export = new Checkbox("REST export", true);
        export.setId("designer-new-export");
        add(
                new H4("Design"),
                row(
                        name,
                        button(
                                "designer-add-table",
                                "Add table",
                                () -> apply.accept(new SchemaEdit.AddTable(
                                        name.getValue().strip(), "id", "ID", null, export.getValue())))),
                export);
        if (selected == null) {
            return;
        }
        String t = selected.typeName();
        TextField rename = field("designer-rename-table", "Rename " + t);
        rename.setValue(t);
        Checkbox exported = new Checkbox("REST export", selected.export() != null);
        exported.setId("designer-export");
        exported.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.accept(e.getValue() ? new SchemaEdit.SetExport(t, null) : new SchemaEdit.RemoveExport(t));
            }
        });
        Button remove = button(
                "designer-remove-table", "Remove table", () -> apply.accept(new SchemaEdit.RemoveTable(t, true)));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(
                new H4("Table " + t),
                row(
                        rename,
                        button(
                                "designer-rename",
                                "Rename",
                                () -> apply.accept(new SchemaEdit.RenameTable(
                                        t, rename.getValue().strip())))),
                exported,
                remove);

        TextField attrName = field("designer-attr-name", "New attribute");
        attrName.setWidth("8em");
        TextField attrType = field("designer-attr-type", "Type");
        attrType.setWidth("6em");
        attrType.setValue("String");
        add(row(
                attrName,
                attrType,
                button(
                        "designer-add-attr",
                        "Add",
                        () -> apply.accept(new SchemaEdit.AddAttribute(
                                t,
                                attrName.getValue().strip(),
                                attrType.getValue().strip())))));
        attributeForms(selected);
        relationshipForm(model, selected);
    }

    private void attributeForms(Table table) {
        List<String> names = table.attributes().stream().map(Attribute::name).toList();
        if (names.isEmpty()) {
            return;
        }
        String t = table.typeName();
        Select<String> attribute = new Select<>();
        attribute.setId("designer-attr");
        attribute.setLabel("Attribute");
        attribute.setItems(names);
        attribute.setValue(names.get(0));
        TextField newName = field("designer-attr-rename", "Rename to");
        TextField newType = field("designer-attr-retype", "Type");
        Checkbox indexed = new Checkbox("Indexed");
        indexed.setId("designer-attr-indexed");
        Runnable fill = () -> table.attributes().stream()
                .filter(a -> a.name().equals(attribute.getValue()))
                .findFirst()
                .ifPresent(a -> {
                    newName.setValue(a.name());
                    newType.setValue(a.type().display());
                    indexed.setValue(a.indexed());
                });
        fill.run();
        attribute.addValueChangeListener(e -> fill.run());
        indexed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.accept(new SchemaEdit.SetIndexed(t, attribute.getValue(), e.getValue()));
            }
        });
        add(
                new H4("Attributes of " + t),
                attribute,
                row(
                        newName,
                        button(
                                "designer-attr-rename-apply",
                                "Rename",
                                () -> apply.accept(new SchemaEdit.RenameAttribute(
                                        t,
                                        attribute.getValue(),
                                        newName.getValue().strip())))),
                row(
                        newType,
                        button(
                                "designer-attr-retype-apply",
                                "Change type",
                                () -> apply.accept(new SchemaEdit.ChangeType(
                                        t,
                                        attribute.getValue(),
                                        newType.getValue().strip())))),
                indexed,
                row(
                        button(
                                "designer-attr-key",
                                "Make primary key",
                                () -> apply.accept(new SchemaEdit.SetPrimaryKey(t, attribute.getValue(), true))),
                        button(
                                "designer-attr-remove",
                                "Remove",
                                () -> apply.accept(new SchemaEdit.RemoveAttribute(t, attribute.getValue())))));
    }

    private void relationshipForm(SchemaModel model, Table table) {
        TextField name = field("designer-rel-name", "Relationship");
        Select<String> target = new Select<>();
        target.setId("designer-rel-target");
        target.setLabel("To table");
        target.setItems(model.tables().stream().map(Table::typeName).toList());
        TextField from = field("designer-rel-from", "Key here (from)");
        add(
                new H4("Relate " + table.typeName()),
                row(name, target),
                row(
                        from,
                        button(
                                "designer-rel-add",
                                "Relate",
                                () -> apply.accept(new SchemaEdit.AddRelationship(
                                        table.typeName(),
                                        name.getValue().strip(),
                                        target.getValue(),
                                        blankToNull(from.getValue()),
                                        null)))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("9em");
        f.addThemeName("small");
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout r = new HorizontalLayout(parts);
        r.setDefaultVerticalComponentAlignment(Alignment.END);
        r.setSpacing(true);
        return r;
    }
}
