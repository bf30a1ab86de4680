package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.diagram.DiagramCanvas;
import dev.pilothouse.desktop.viewmodel.FlowViewModel;
import dev.pilothouse.visualizer.scene.Scene;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The Live view's tabs: the event list, the live flow diagram and the replication topology. */
final class LiveDiagrams {

    private LiveDiagrams() {}

    static TabPane tabs(Node events, FlowViewModel flow) {
        Tab eventsTab = new Tab("Events", events);
        eventsTab.setId("tab-live-events");
        Tab flowTab = new Tab(
                "Flow",
                diagram(
                        "live-flow",
                        flow.flowSceneProperty(),
                        "No traffic yet: subscribe to a stream or write to the runtime"));
        flowTab.setId("tab-live-flow");
        Tab topologyTab = new Tab(
                "Topology",
                diagram(
                        "live-topology",
                        flow.topologySceneProperty(),
                        "Connect a runtime to see its replication topology"));
        topologyTab.setId("tab-live-topology");
        TabPane tabs = new TabPane(eventsTab, flowTab, topologyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("live-tabs");
        return tabs;
    }

    /** A canvas that shows each new scene (keeping pan and zoom); the placeholder until the first one. */
    private static Node diagram(String id, ObservableValue<Scene> scene, String placeholder) {
        DiagramCanvas canvas = new DiagramCanvas(selection -> {});
        canvas.setId(id);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(scene.map(s -> false).orElse(true));
        scene.subscribe((before, s) -> {
            if (s != null) {
                canvas.show(s);
                if (before != null && before.nodes().size() != s.nodes().size()) {
                    canvas.fit(); // a new table or client joined: keep the whole picture in view
                }
            }
        });
        return new StackPane(canvas, empty);
    }
}
