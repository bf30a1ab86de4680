package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.DesignerSelection;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.model.Table;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The designer's side panel: new table, the selected table (rename, export, remove, new attribute, relationship). */
final class DesignerForms {

    private final VBox root = new VBox(6);
    private final DesignerViewModel vm;

    DesignerForms(DesignerViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("designer-forms");
        root.setStyle("-fx-padding: 8");
        Label error = new Label();
        error.setId("designer-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().add(error);
        newTable();
        selectedTable();
        root.getChildren().add(new AttributeForm(vm).node());
    }

    private void newTable() {
        TextField name = field("designer-new-table", "Name, e.g. Review");
        TextField key = field("designer-key-name", "key");
        key.setText("id");
        ComboBox<String> keyType = combo("designer-key-type", false);
        keyType.getItems().setAll("ID", "String", "Int", "Long", "Float", "BigInt", "Any");
        keyType.setValue("ID");
        TextField database = field("designer-database", "database (blank: data)");
        CheckBox export = new CheckBox("Export (REST, WebSocket, MQTT)");
        export.setId("designer-new-export");
        Button add = button("designer-add-table", "Add table", () -> {
            if (vm.apply(new SchemaEdit.AddTable(name.getText().strip(), key.getText().strip(), keyType.getValue(),
                    database.getText(), export.isSelected()))) {
                name.clear();
            }
        });
        root.getChildren().addAll(title("New table"), name, row(key, keyType), database, export, add);
    }

    private void selectedTable() {
        DesignerSelection s = vm.selection();
        VBox box = new VBox(6);
        box.disableProperty().bind(s.tableProperty().isNull());
        Label heading = title("");
        heading.textProperty().bind(Bindings.createStringBinding(() -> s.tableProperty().get() == null
                ? "Table: click one in the diagram" : "Table " + s.tableProperty().get().typeName(), s.tableProperty()));
        TextField rename = field("designer-rename-table", "New name");
        Button doRename = button("designer-rename-table-apply", "Rename", () -> {
            if (vm.apply(new SchemaEdit.RenameTable(s.tableName(), rename.getText().strip()))) {
                rename.clear();
            }
        });
        TextField exportName = field("designer-export-name", "path (blank: the type name)");
        Button export = button("designer-export", "Export", () -> vm.apply(new SchemaEdit.SetExport(s.tableName(),
                exportName.getText().isBlank() ? null : exportName.getText().strip())));
        Button unexport = button("designer-unexport", "Stop exporting", () -> vm.apply(
                new SchemaEdit.RemoveExport(s.tableName())));
        s.tableProperty().addListener((o, a, t) -> exportName.setText(exportPath(t)));
        CheckBox cascade = new CheckBox("also remove attributes typed with it");
        cascade.setId("designer-remove-cascade");
        Button remove = button("designer-remove-table", "Remove table", () -> vm.apply(
                new SchemaEdit.RemoveTable(s.tableName(), cascade.isSelected())));
        remove.getStyleClass().add("danger");

        TextField relName = field("designer-rel-name", "attribute, e.g. author");
        ComboBox<String> target = combo("designer-rel-target", false);
        target.setItems(s.tables());
        target.setPromptText("target table");
        ComboBox<String> from = combo("designer-rel-from", true);
        from.setItems(s.attributes());
        from.setPromptText("from: key here");
        TextField to = field("designer-rel-to", "to: key there");
        Button relate = button("designer-add-relationship", "Add relationship", () -> {
            if (vm.apply(new SchemaEdit.AddRelationship(s.tableName(), relName.getText().strip(), target.getValue(),
                    from.getEditor().getText(), to.getText()))) {
                relName.clear();
            }
        });
        box.getChildren().addAll(heading, row(rename, doRename), row(exportName, export), unexport,
                row(cascade, remove), title("New relationship"), relName, target, row(from, to), relate);
        root.getChildren().add(box);
    }

    private static String exportPath(Table t) {
        return t == null || t.export() == null || t.export().name() == null ? "" : t.export().name();
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    static ComboBox<String> combo(String id, boolean editable) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setEditable(editable);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        for (Node n : nodes) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        return box;
    }

    Node node() {
        return root;
    }
}
