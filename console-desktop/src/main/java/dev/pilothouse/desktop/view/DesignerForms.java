package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.DesignerSelection;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.model.Table;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The designer's side panel, one collapsible section per subject: a new table, the selected table (rename, export,
 * remove, add an attribute), the selected attribute, a new relationship. Selecting in the diagram opens the section
 * that fits.
 */
final class DesignerForms {

    private final VBox root = new VBox(6);
    private final Accordion sections = new Accordion();
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
        TitledPane create = section("designer-pane-new", "New table", newTable());
        TitledPane table = section("designer-pane-table", "Table", selectedTable());
        TitledPane attribute = section("designer-pane-attribute", "Attribute", new AttributeForm(vm).node());
        TitledPane relation = section("designer-pane-relationship", "New relationship", relationship());
        table.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.selection().tableProperty().get() == null
                                ? "Table (click one in the diagram)"
                                : "Table "
                                        + vm.selection().tableProperty().get().typeName(),
                        vm.selection().tableProperty()));
        attribute
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.selection().attributeProperty().get() == null
                                ? "Attribute (click a row)"
                                : "Attribute " + vm.selection().tableName() + "."
                                        + vm.selection()
                                                .attributeProperty()
                                                .get()
                                                .name(),
                        vm.selection().attributeProperty()));
        table.disableProperty().bind(vm.selection().tableProperty().isNull());
        attribute.disableProperty().bind(vm.selection().attributeProperty().isNull());
        relation.disableProperty().bind(vm.selection().tableProperty().isNull());
        sections.getPanes().addAll(create, table, attribute, relation);
        sections.setExpandedPane(create);
        vm.selection().tableProperty().addListener((o, a, t) -> {
            if (t != null && vm.selection().attributeProperty().get() == null) {
                sections.setExpandedPane(table);
            }
        });
        vm.selection()
                .attributeProperty()
                .addListener((o, a, at) -> sections.setExpandedPane(
                        at != null ? attribute : vm.selection().tableProperty().get() != null ? table : create));
        root.getChildren().addAll(error, sections);
    }

    private static TitledPane section(String id, String text, Node content) {
        TitledPane pane = new TitledPane(text, content);
        pane.setId(id);
        return pane;
    }

    private Node newTable() {
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
            vm.apply(new SchemaEdit.AddTable(
                            name.getText().strip(),
                            key.getText().strip(),
                            keyType.getValue(),
                            database.getText(),
                            export.isSelected()))
                    .thenAccept(ok -> clearIf(ok, name));
        });
        return new VBox(6, name, row(key, keyType), database, export, add);
    }

    private Node selectedTable() {
        DesignerSelection s = vm.selection();
        TextField rename = field("designer-rename-table", "New name");
        Button doRename = button("designer-rename-table-apply", "Rename", () -> {
            vm.apply(new SchemaEdit.RenameTable(s.tableName(), rename.getText().strip()))
                    .thenAccept(ok -> clearIf(ok, rename));
        });
        TextField exportName = field("designer-export-name", "path (blank: the type name)");
        Button export = button(
                "designer-export",
                "Export",
                () -> vm.apply(new SchemaEdit.SetExport(
                        s.tableName(),
                        exportName.getText().isBlank()
                                ? null
                                : exportName.getText().strip())));
        Button unexport = button(
                "designer-unexport", "Stop exporting", () -> vm.apply(new SchemaEdit.RemoveExport(s.tableName())));
        s.tableProperty().addListener((o, a, t) -> exportName.setText(exportPath(t)));
        CheckBox cascade = new CheckBox("also remove attributes typed with it");
        cascade.setId("designer-remove-cascade");
        Button remove = button(
                "designer-remove-table",
                "Remove table",
                () -> vm.apply(new SchemaEdit.RemoveTable(s.tableName(), cascade.isSelected())));
        remove.getStyleClass().add("danger");
        return new VBox(
                6,
                row(rename, doRename),
                row(exportName, export),
                unexport,
                row(cascade, remove),
                AttributeForm.adding(vm));
    }

    private Node relationship() {
        DesignerSelection s = vm.selection();
        TextField relName = field("designer-rel-name", "attribute, e.g. author");
        ComboBox<String> target = combo("designer-rel-target", false);
        target.setItems(s.tables());
        target.setPromptText("target table");
        ComboBox<String> from = combo("designer-rel-from", true);
        from.setItems(s.attributes());
        from.setPromptText("from: key here");
        TextField to = field("designer-rel-to", "to: key there");
        Button relate = button("designer-add-relationship", "Add relationship", () -> {
            vm.apply(new SchemaEdit.AddRelationship(
                            s.tableName(),
                            relName.getText().strip(),
                            target.getValue(),
                            from.getEditor().getText(),
                            to.getText()))
                    .thenAccept(ok -> clearIf(ok, relName));
        });
        return new VBox(6, relName, target, row(from, to), relate);
    }

    private static String exportPath(Table t) {
        return t == null || t.export() == null || t.export().name() == null
                ? ""
                : t.export().name();
    }

    /** Empties a name field once its operation was applied (results arrive on the FX thread). */
    static void clearIf(boolean applied, TextField field) {
        if (applied) {
            field.clear();
        }
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
        b.setMinWidth(Region.USE_PREF_SIZE); // labels stay whole; the fields beside them give way
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
