package dev.pilothouse.web.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.web.runtime.HarperConnection;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Which Harper this is, its components and the replication links it sees. */
@Route(value = "runtime", layout = MainLayout.class)
@PageTitle("Runtime · Pilothouse")
@PermitAll
public class RuntimeView extends VerticalLayout {

    private final HarperConnection harper;
    private final Span summary = new Span();
    private final Grid<ComponentStatus> components = new Grid<>();
    private final Grid<ClusterTopology.Link> links = new Grid<>();
    private final Span linksNote = new Span();

    public RuntimeView(HarperConnection harper, java.util.concurrent.ScheduledExecutorService ticker) {
        this.harper = harper;
        setSizeFull();
        summary.setId("runtime-summary");
        components.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        components.addColumn(ComponentStatus::name).setHeader("Component").setAutoWidth(true);
        components.addColumn(ComponentStatus::status).setHeader("Status").setAutoWidth(true);
        components
                .addColumn(c -> c.lastLoaded() > 0
                        ? Instant.ofEpochMilli((long) c.lastLoaded())
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString()
                        : "")
                .setHeader("Loaded (UTC)")
                .setAutoWidth(true);
        components.addColumn(c -> String.join(", ", c.files())).setHeader("Files");
        components.addColumn(ComponentStatus::message).setHeader("Message").setFlexGrow(2);
        links.addColumn(ClusterTopology.Link::from).setHeader("From");
        links.addColumn(ClusterTopology.Link::to).setHeader("To");
        links.addColumn(l -> l.connected() ? "connected" : "down").setHeader("State");
        links.addColumn(l -> String.format(java.util.Locale.ROOT, "%.1f ms", l.latencyMs()))
                .setHeader("Latency");
        links.addColumn(l -> String.join(", ", l.databases())).setHeader("Databases");
        linksNote.addClassName("ph-muted");
        components.setAllRowsVisible(true);
        links.setAllRowsVisible(true);
        add(
                new Button("Refresh", e -> refresh()),
                summary,
                new MetricsPanel(harper.client(), ticker),
                new H3("Components"),
                components,
                new H3("Replication links"),
                linksNote,
                links);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    private void refresh() {
        if (harper.endpoint().isEmpty()) {
            summary.setText("No Harper attached: start with --attach URL or a local runtime in the workspace.");
            return;
        }
        try {
            HarperClient client = harper.client().orElseThrow();
            summary.setText(
                    "Harper " + client.version() + " at " + client.endpoint().operationsUrl());
            components.setItems(client.components().list());
            List<ClusterTopology.Link> found =
                    ClusterMonitor.poll(List.of(client)).links();
            links.setItems(found);
            links.setVisible(!found.isEmpty());
            linksNote.setText(found.isEmpty() ? "None: this Harper replicates to no other node." : "");
        } catch (RuntimeException e) {
            summary.setText("Harper unreachable: " + e.getMessage());
        }
    }
}
