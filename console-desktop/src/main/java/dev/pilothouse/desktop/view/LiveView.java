package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.desktop.viewmodel.FlowViewModel;
import dev.pilothouse.desktop.viewmodel.LiveViewModel;
import dev.pilothouse.desktop.viewmodel.TopicRate;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Live events: subscribe field, pause, filter, record/export, per-topic rates, and the (virtualized) event table. */
final class LiveView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final BorderPane root = new BorderPane();

    LiveView(LiveViewModel vm, Supplier<Path> exportTarget, FlowViewModel flow) {
        TextField spec = new TextField(vm.suggestedProperty().get());
        // the open app's own table, unless the person has typed something else meanwhile
        vm.suggestedProperty().addListener((o, was, now) -> {
            if (spec.getText().isBlank() || spec.getText().equals(was)) {
                spec.setText(now);
            }
        });
        spec.setId("live-spec");
        spec.setPrefColumnCount(14);
        spec.setPromptText("ws:/Table/  sse:/Table/  mqtt:Table/#");
        Button subscribe = new Button("Subscribe");
        subscribe.setOnAction(a -> vm.subscribe(spec.getText().strip()));
        spec.setOnAction(a -> vm.subscribe(spec.getText().strip()));
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("live-pause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        ToggleButton record = new ToggleButton("● Record");
        record.setId("live-record");
        record.selectedProperty().bindBidirectional(vm.recordingProperty());
        Button export = new Button("Export");
        export.disableProperty().bind(vm.recordedCountProperty().isEqualTo(0));
        export.setOnAction(a -> vm.export(exportTarget.get()));
        TextField filter = new TextField();
        filter.setId("live-filter");
        filter.setPromptText("Filter events");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label counts = new Label();
        counts.getStyleClass().add("muted");
        counts.textProperty()
                .bind(Bindings.format(
                        "%,d received · %,d not shown (rate limit) · %,d recorded",
                        vm.receivedProperty(), vm.droppedProperty(), vm.recordedCountProperty()));
        HBox bar = new HBox(6, spec, subscribe, pause, record, export, filter, counts);
        bar.getStyleClass().add("toolbar-row");

        TableView<TopicRate> rates = new TableView<>(vm.topicRates());
        rates.setId("live-rates");
        rates.setPlaceholder(new Label("No topics yet"));
        rates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rates.getColumns().add(ProblemsView.column("Topic", 140, TopicRate::topic));
        rates.getColumns().add(ProblemsView.column("Events/s", 80, r -> String.format("%,.0f", r.perSecond())));
        rates.getColumns().add(ProblemsView.column("Total", 80, r -> String.format("%,d", r.total())));

        // One text per row rather than a cell per column: under 10,000 events/s the FX thread lays out a fifth
        // as many nodes per frame (the frame-timing test measures it).
        ListView<LiveItem> events = new ListView<>(vm.visibleEvents());
        events.setId("live-events");
        events.getStyleClass().add("live-events");
        events.setPlaceholder(new Label("Subscribe to a stream to see its events"));
        events.setFixedCellSize(22);
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LiveItem e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : line(e));
            }
        });

        // follow the newest event unless paused (paused = read where you are)
        vm.visibleEvents().addListener((javafx.collections.ListChangeListener<LiveItem>) c -> {
            if (!vm.pausedProperty().get() && !events.getItems().isEmpty()) {
                events.scrollTo(events.getItems().size() - 1);
            }
        });
        SplitPane split = new SplitPane(rates, events);
        split.setDividerPositions(0.28);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        Region gap = new Region();
        root.setTop(bar);
        root.setCenter(LiveDiagrams.tabs(split, flow));
        root.setBottom(new HBox(status, gap));
        root.setId("live-view");
    }

    /** One row of the list: the record clipped to what a row can show (the item itself keeps all of it). */
    static String line(LiveItem e) {
        String record = e.summary().length() > 400 ? e.summary().substring(0, 400) + "…" : e.summary();
        return String.format(
                "%s  %-14s %-13s %-8s %s",
                TIME.format(e.at()),
                e.topic(),
                e.kind().name() + (e.replay() ? " (replay)" : ""),
                e.id() == null ? "" : e.id(),
                record);
    }

    BorderPane node() {
        return root;
    }
}
