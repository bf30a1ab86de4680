package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.MetricsViewModel;
import dev.pilothouse.runtime.MetricsSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Live view's "Metrics" tab: the newest figures and line charts of the last five minutes. */
public final class MetricsView {

    private final VBox root = new VBox(8);
    private final FlowPane figures = new FlowPane(16, 8);
    private final LineChart<Number, Number> cpu = chart("CPU (host) %");
    private final LineChart<Number, Number> memory = chart("Memory MB");
    private final LineChart<Number, Number> traffic = chart("Requests and errors per s");

    public MetricsView(MetricsViewModel vm) {
        root.setId("live-metrics");
        root.setStyle("-fx-padding: 8;");
        Label status = new Label();
        status.setId("metrics-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        HBox charts = new HBox(8, cpu, memory, traffic);
        charts.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.getChildren().addAll(status, figures, charts);
        vm.latestProperty().subscribe(this::showFigures);
        vm.history().addListener((ListChangeListener<MetricsSnapshot>) c -> showCharts(List.copyOf(vm.history())));
    }

    /** Adds the tab to the Live view's tab pane (found by id, so the Live view itself stays unchanged). */
    public static void install(Parent workbench, MetricsViewModel vm) {
        TabPane tabs = (TabPane) find(workbench, "live-tabs");
        if (tabs == null) {
            throw new IllegalStateException("the workbench has no #live-tabs to add the Metrics tab to");
        }
        Tab tab = new Tab("Metrics", new MetricsView(vm).root);
        tab.setId("tab-live-metrics");
        tabs.getTabs().add(tab);
    }

    /** Like {@code lookup}, but also into split panes and tabs, whose content is no child before the first layout. */
    private static Node find(Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        List<Node> inside = new java.util.ArrayList<>();
        if (node instanceof Parent p) {
            inside.addAll(p.getChildrenUnmodifiable());
        }
        if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        }
        if (node instanceof TabPane pane) {
            pane.getTabs().forEach(t -> inside.add(t.getContent()));
        }
        for (Node child : inside) {
            Node found = child == null ? null : find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void showFigures(MetricsSnapshot s) {
        if (s == null) {
            return;
        }
        figures.getChildren()
                .setAll(
                        figure("cpu", "CPU (host)", "%.1f %%".formatted(s.cpuPercent())),
                        figure("heap", "Heap", mb(s.heapUsed()) + " / " + mb(s.heapTotal())),
                        figure("rss", "RSS", mb(s.rss())),
                        figure(
                                "threads",
                                "Worker threads",
                                Integer.toString(s.threads()),
                                MetricsSnapshot.THREADS_MEANING),
                        figure("requests", "Requests/s", "%.2f".formatted(s.requestsPerSecond())),
                        figure("errors", "Errors/s", "%.2f".formatted(s.errorsPerSecond())),
                        figure("db", "Databases", mb(s.dbSizeBytes())),
                        figure("uptime", "Harper uptime", s.uptimeText(), MetricsSnapshot.UPTIME_MEANING));
    }

    private void showCharts(List<MetricsSnapshot> history) {
        cpu.getData().setAll(List.of(series("CPU", history, MetricsSnapshot::cpuPercent)));
        memory.getData()
                .setAll(List.of(
                        series("Heap", history, s -> s.heapUsed() / 1_048_576.0),
                        series("RSS", history, s -> s.rss() / 1_048_576.0)));
        traffic.getData()
                .setAll(List.of(
                        series("Requests", history, MetricsSnapshot::requestsPerSecond),
                        series("Errors", history, MetricsSnapshot::errorsPerSecond)));
    }

    /** x is seconds before the newest sample (negative), so the right edge is "now". */
    private static XYChart.Series<Number, Number> series(
            String name, List<MetricsSnapshot> history, ToDoubleFunction<MetricsSnapshot> value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        if (!history.isEmpty()) {
            long newest = history.getLast().time().toEpochMilli();
            for (MetricsSnapshot s : history) {
                series.getData()
                        .add(new XYChart.Data<>((s.time().toEpochMilli() - newest) / 1000.0, value.applyAsDouble(s)));
            }
        }
        return series;
    }

    private static LineChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis();
        x.setLabel("s");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefSize(320, 220);
        return chart;
    }

    private static Node figure(String id, String name, String value, String hint) {
        Node figure = figure(id, name, value);
        javafx.scene.control.Tooltip.install(figure, new javafx.scene.control.Tooltip(hint));
        return figure;
    }

    private static Node figure(String id, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        Label shown = new Label(value);
        shown.setId("metric-" + id);
        shown.setStyle("-fx-font-weight: bold;");
        return new VBox(2, label, shown);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
