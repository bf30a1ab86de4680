package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.proposal.Proposal;
import jakarta.annotation.security.PermitAll;
import java.time.temporal.ChronoUnit;

/**
 * Every signed-in user reads the proposals, the history and the audit timeline; what each may do on a proposal is
 * decided by {@link ReviewActions} on the server.
 */
@Route(value = "proposals", layout = MainLayout.class)
@PageTitle("Proposals · Pilothouse")
@PermitAll
public class ProposalsView extends VerticalLayout {

    public ProposalsView(ReviewActions actions) {
        setId("proposals");
        setSizeFull();
        add(new H2("Proposals"));
        if (!actions.governed()) {
            add(new Paragraph("This workspace is not under governance yet: create one with "
                    + "'pilothouse init DIR --from APPDIR' and start the console on it."));
            return;
        }
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Proposals", list(actions));
        tabs.add("History", new HistoryPanel(actions));
        tabs.add("Audit", new AuditPanel(actions));
        add(tabs);
    }

    private static Grid<Proposal> list(ReviewActions actions) {
        Grid<Proposal> grid = new Grid<>();
        grid.setId("proposal-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(p -> Badges.state(p.state())).setHeader("State").setAutoWidth(true);
        grid.addColumn(Proposal::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(Proposal::message).setHeader("Rationale").setFlexGrow(3);
        grid.addColumn(Proposal::author).setHeader("Author").setAutoWidth(true);
        grid.addComponentColumn(p -> Badges.level(
                        p.verdict() == null ? "" : p.verdict().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader("Validation")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> Badges.level(p.classification()))
                .setHeader("Schema change")
                .setAutoWidth(true);
        grid.addColumn(p -> p.createdAt().truncatedTo(ChronoUnit.SECONDS).toString())
                .setHeader("Created (UTC)")
                .setAutoWidth(true);
        grid.setItems(actions.proposals());
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate(ProposalView.class, e.getItem().id())));
        return grid;
    }
}
