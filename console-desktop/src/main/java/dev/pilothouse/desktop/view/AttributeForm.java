package dev.pilothouse.desktop.view;

import static dev.pilothouse.desktop.view.DesignerForms.button;
import static dev.pilothouse.desktop.view.DesignerForms.combo;
import static dev.pilothouse.desktop.view.DesignerForms.field;
import static dev.pilothouse.desktop.view.DesignerForms.row;
import static dev.pilothouse.desktop.view.DesignerForms.title;

import dev.pilothouse.desktop.viewmodel.DesignerSelection;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.model.Attribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Attribute forms: add one to the selected table; rename, retype, key, index or remove the selected one. */
final class AttributeForm {

    private final VBox root = new VBox(6);

    /** The "new attribute" row of the table section. */
    static Node adding(DesignerViewModel vm) {
        DesignerSelection s = vm.selection();
        TextField name = field("designer-new-attribute", "attribute, e.g. rating");
        ComboBox<String> type = combo("designer-new-attribute-type", true);
        type.setItems(s.types());
        type.getEditor().setText("String");
        Button add = button("designer-add-attribute", "Add attribute", () -> {
            vm.apply(new SchemaEdit.AddAttribute(
                            s.tableName(),
                            name.getText().strip(),
                            type.getEditor().getText()))
                    .thenAccept(ok -> DesignerForms.clearIf(ok, name));
        });
        return new VBox(6, title("New attribute"), row(name, type), add);
    }

    AttributeForm(DesignerViewModel vm) {
        DesignerSelection s = vm.selection();
        TextField rename = field("designer-rename-attribute", "New name");
        Button doRename = button("designer-rename-attribute-apply", "Rename", () -> {
            vm.apply(new SchemaEdit.RenameAttribute(
                            s.tableName(), s.attributeName(), rename.getText().strip()))
                    .thenAccept(ok -> DesignerForms.clearIf(ok, rename));
        });
        ComboBox<String> retype = combo("designer-attribute-type", true);
        retype.setItems(s.types());
        Button doRetype = button(
                "designer-change-type",
                "Change type",
                () -> vm.apply(new SchemaEdit.ChangeType(
                        s.tableName(), s.attributeName(), retype.getEditor().getText())));
        CheckBox key = new CheckBox("Primary key");
        key.setId("designer-primary-key");
        key.setOnAction(e -> {
            boolean wanted = key.isSelected();
            vm.apply(new SchemaEdit.SetPrimaryKey(s.tableName(), s.attributeName(), wanted))
                    .thenAccept(ok -> {
                        if (!ok) {
                            key.setSelected(!wanted); // refused: show the state the text still has
                        }
                    });
        });
        CheckBox indexed = new CheckBox("Indexed");
        indexed.setId("designer-indexed");
        indexed.setOnAction(e -> {
            boolean wanted = indexed.isSelected();
            vm.apply(new SchemaEdit.SetIndexed(s.tableName(), s.attributeName(), wanted))
                    .thenAccept(ok -> {
                        if (!ok) {
                            indexed.setSelected(!wanted);
                        }
                    });
        });
        Button remove = button("designer-remove-attribute", "Remove attribute", () -> {
            Attribute a = s.attributeProperty().get();
            vm.apply(
                    a != null && a.relationship() != null
                            ? new SchemaEdit.RemoveRelationship(s.tableName(), s.attributeName())
                            : new SchemaEdit.RemoveAttribute(s.tableName(), s.attributeName()));
        });
        s.attributeProperty().addListener((o, was, a) -> {
            retype.getEditor().setText(a == null ? "" : a.type().display());
            key.setSelected(a != null && a.primaryKey()); // setSelected fires no action: no edit loop
            indexed.setSelected(a != null && a.indexed());
        });
        root.getChildren().addAll(row(rename, doRename), row(retype, doRetype), row(key, indexed), remove);
    }

    Node node() {
        return root;
    }
}
