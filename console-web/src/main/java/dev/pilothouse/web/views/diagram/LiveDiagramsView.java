package dev.pilothouse.web.views.diagram;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Row;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.web.views.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/**
 * Live flow (who writes into which table, who reads from it, with rates) and the replication topology of the
 * attached Harper, drawn by the visualizer as SVG with pan, zoom and a details panel. {@link LiveDiagrams} polls
 * while the view is attached and pushes at most one redraw per second per diagram; pan and zoom survive redraws.
 */
@Route(value = "live", layout = MainLayout.class)
@PageTitle("Live flow · Pilothouse")
@PermitAll
public class LiveDiagramsView extends VerticalLayout {

    private static final SvgRenderer SVG = PanZoomSvg.SVG;

    private final HarperConnection harper;
    private final ScheduledExecutorService ticker;
    private final PanZoomSvg flow = new PanZoomSvg();
    private final PanZoomSvg topology = new PanZoomSvg();
    private final VerticalLayout details = new VerticalLayout();
    private final Span status = new Span();
    private final Button showFlow = new Button("Flow");
    private final Button showTopology = new Button("Topology");
    private volatile Scene flowScene;
    private volatile Scene topologyScene;
    private LiveDiagrams live;

    public LiveDiagramsView(HarperConnection harper, ScheduledExecutorService ticker) {
        this.harper = harper;
        this.ticker = ticker;
        setSizeFull();
        flow.setId("live-flow");
        topology.setId("live-topology");
        for (PanZoomSvg canvas : List.of(flow, topology)) {
            canvas.setSizeFull();
            canvas.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
            canvas.onSelect(this::showDetails);
        }
        topology.setVisible(false);
        showFlow.setId("live-show-flow");
        showTopology.setId("live-show-topology");
        showFlow.addClickListener(e -> switchTo(flow));
        showTopology.addClickListener(e -> switchTo(topology));
        showFlow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.setId("live-details");
        details.setWidth("20em");
        details.setPadding(false);
        status.setId("live-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout body = new HorizontalLayout(flow, topology, details);
        body.setSizeFull();
        body.expand(flow, topology);
        add(toolbar(), status, body);
        expand(body);
    }

    private HorizontalLayout toolbar() {
        Button in = new Button("Zoom in", e -> current().zoom(1 / 1.25));
        Button out = new Button("Zoom out", e -> current().zoom(1.25));
        Button fit = new Button("Fit", e -> current().fit());
        for (Button b : List.of(in, out, fit)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout bar = new HorizontalLayout(showFlow, showTopology, in, out, fit);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return bar;
    }

    private PanZoomSvg current() {
        return flow.isVisible() ? flow : topology;
    }

    private void switchTo(PanZoomSvg canvas) {
        flow.setVisible(canvas == flow);
        topology.setVisible(canvas == topology);
        showFlow.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showTopology.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        (canvas == flow ? showFlow : showTopology).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.removeAll();
        if (canvas.selected() != null) {
            showDetails(canvas.selected());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var client = harper.client();
        if (client.isEmpty()) {
            status.setText("No Harper attached: start with --attach URL or a local runtime in the workspace.");
            return;
        }
        status.setText("Waiting for the first samples (analytics every second, cluster every 5 s)…");
        UI ui = event.getUI();
        live = new LiveDiagrams(
                client.get(),
                ticker,
                scene -> WebUi.access(ui, () -> flowDrawn(scene)),
                scene -> WebUi.access(ui, () -> topologyDrawn(scene)));
    }

    /** A new flow scene, on the UI thread. */
    void flowDrawn(Scene scene) {
        flowScene = scene;
        flow.show(SVG.render(scene));
        refreshDetails(flow);
        status.setText(
                scene.nodes().isEmpty()
                        ? "No traffic yet: writes and subscriptions appear here"
                        : "Flow: " + scene.nodes().size() + " nodes, "
                                + scene.edges().size() + " links");
    }

    /** A new topology scene, on the UI thread. */
    void topologyDrawn(Scene scene) {
        topologyScene = scene;
        topology.show(SVG.render(scene));
        refreshDetails(topology);
    }

    PanZoomSvg flowCanvas() {
        return flow;
    }

    PanZoomSvg topologyCanvas() {
        return topology;
    }

    VerticalLayout details() {
        return details;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    /** The details of the selected node follow the redraws of the diagram on show. */
    private void refreshDetails(PanZoomSvg canvas) {
        if (canvas.isVisible() && canvas.selected() != null) {
            showDetails(canvas.selected());
        }
    }

    LiveDiagrams live() {
        return live;
    }

    private void showDetails(String id) {
        details.removeAll();
        Scene scene = current() == flow ? flowScene : topologyScene;
        if (scene == null) {
            return;
        }
        scene.nodes().stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(n -> {
            details.add(new H3(n.title()));
            if (n.subtitle() != null) {
                details.add(new Span(n.subtitle()));
            }
            if (!n.badges().isEmpty()) {
                details.add(new Span(n.badges().stream().map(Badge::text).collect(Collectors.joining(" · "))));
            }
            for (Row r : n.rows()) {
                details.add(new Span(r.name() + (r.detail() == null ? "" : ": " + r.detail())));
            }
            scene.edges().stream()
                    .filter(e -> e.source().equals(id) || e.target().equals(id))
                    .forEach(e -> details.add(new Span(
                            (e.source().equals(id) ? "→ " + label(scene, e.target()) : "← " + label(scene, e.source()))
                                    + (e.labels().isEmpty()
                                            ? ""
                                            : "  " + e.labels().get(0).text()))));
        });
    }

    private static String label(Scene scene, String id) {
        return scene.nodes().stream()
                .filter(n -> n.id().equals(id))
                .map(n -> n.title())
                .findFirst()
                .orElse(id);
    }
}
