package dev.pilothouse.desktop.view;

import dev.pilothouse.plugin.api.PanelContent;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Draws a plugin's toolkit-neutral panel content with JavaFX controls. The desktop carries no web engine: HTML is
 * shown as its text, and an SVG drawing as its source with a note (the web console draws both).
 */
final class PanelContentNodes {

    private PanelContentNodes() {}

    static Node of(PanelContent content) {
        return switch (content) {
            case PanelContent.Text t -> text(t.text());
            case PanelContent.Table t -> table(t);
            case PanelContent.Html h ->
                text(h.html()
                        .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "")
                        .replaceAll("<[^>]+>", " ")
                        .replaceAll("[ \\t]+", " ")
                        .strip());
            case PanelContent.Svg s ->
                new VBox(4, new Label("SVG drawing: shown in the web console; its source:"), text(s.svg()));
        };
    }

    private static Node text(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount((int) Math.min(12, text.lines().count() + 1));
        return area;
    }

    private static Node table(PanelContent.Table t) {
        TableView<List<String>> table = new TableView<>();
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.columns().get(i));
            c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().get(column)));
            c.setPrefWidth(Math.max(90, 900.0 / t.columns().size()));
            table.getColumns().add(c);
        }
        table.getItems().setAll(t.rows());
        table.setFixedCellSize(30);
        table.setPrefHeight(Math.min(400, 44 + 30 * Math.max(1, t.rows().size())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
