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
import java.util.List;

/** Which Harper this is, its components and the replication links it sees. */
@Route(value = "runtime", layout = MainLayout.class)
@PageTitle("Runtime · Pilothouse")
@PermitAll
public class RuntimeView extends VerticalLayout {

    private final HarperConnection harper;
    private final Span summary = new Span();
    private final Grid<ComponentStatus> components = new Grid<>(ComponentStatus.class);
    private final Grid<ClusterTopology.Link> links = new Grid<>(ClusterTopology.Link.class);

    public RuntimeView(HarperConnection harper) {
        this.harper = harper;
        setSizeFull();
        summary.setId("runtime-summary");
        components.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        components.setAllRowsVisible(true);
        links.setAllRowsVisible(true);
        add(new Button("Refresh", e -> refresh()), summary, new H3("Components"), components,
                new H3("Replication links"), links);
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
            summary.setText("Harper " + client.version() + " at " + client.endpoint().operationsUrl());
            components.setItems(client.components().list());
            links.setItems(ClusterMonitor.poll(List.of(client)).links());
        } catch (RuntimeException e) {
            summary.setText("Harper unreachable: " + e.getMessage());
        }
    }
}
