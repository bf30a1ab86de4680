package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.RuntimeViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom line: the last message, then runtime, node, version, health and deploy state. */
final class StatusBar {

    private final HBox root = new HBox(10);

    StatusBar(RuntimeViewModel runtime, StringProperty message) {
        Label msg = new Label();
        msg.setId("status-message");
        msg.textProperty().bind(message);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren()
                .addAll(
                        msg,
                        gap,
                        field("status-runtime", "Runtime", runtime.runtimeProperty()),
                        sep(),
                        field("status-node", "Node", runtime.nodeProperty()),
                        sep(),
                        field("status-version", null, runtime.versionProperty()),
                        sep(),
                        field("status-health", "Health", runtime.healthProperty()),
                        sep(),
                        field("status-deploy", "Deploy", runtime.deployStateProperty()));
        root.getStyleClass().add("status-bar");
    }

    private static Label field(String id, String name, ObservableValue<String> value) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(name == null ? Bindings.convert(value) : Bindings.concat(name, ": ", value));
        return l;
    }

    void addField(String id, String name, ObservableValue<String> value) {
        root.getChildren().addAll(sep(), field(id, name, value));
    }

    void addLeft(javafx.scene.Node node) {
        root.getChildren().add(1, node);
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    HBox node() {
        return root;
    }
}
