package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Version;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** Versions of {@code main} with their deploy tags; approvers may roll back to an earlier {@code deploy/N}. */
final class HistoryPanel extends VerticalLayout {

    private final ReviewActions actions;
    private final Grid<Version> versions = new Grid<>();
    private final Grid<DeployTag> deploys = new Grid<>();
    private final Span status = new Span();
    private final DeployStepList steps = new DeployStepList("rollback-steps");
    private int latest;

    HistoryPanel(ReviewActions actions) {
        this.actions = actions;
        setPadding(false);
        versions.setId("history");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.addColumn(Version::shortId).setHeader("Version").setAutoWidth(true);
        versions.addColumn(v -> String.join(", ", v.tags())).setHeader("Tags").setAutoWidth(true);
        versions.addColumn(v -> v.message().lines().findFirst().orElse(""))
                .setHeader("Message")
                .setFlexGrow(3);
        versions.addColumn(Version::author).setHeader("Author").setAutoWidth(true);
        versions.addColumn(v -> v.time().truncatedTo(ChronoUnit.SECONDS).toString())
                .setHeader("Time (UTC)")
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        deploys.setId("deploy-tags");
        deploys.addThemeVariants(GridVariant.LUMO_COMPACT);
        deploys.addColumn(DeployTag::name).setHeader("Deploy").setAutoWidth(true);
        deploys.addColumn(t -> t.commit().substring(0, 10)).setHeader("Version").setAutoWidth(true);
        deploys.addColumn(t -> t.time().truncatedTo(ChronoUnit.SECONDS).toString())
                .setHeader("Live from (UTC)")
                .setAutoWidth(true);
        deploys.addColumn(t -> t.message().lines().findFirst().orElse(""))
                .setHeader("Why")
                .setFlexGrow(3);
        if (ReviewActions.holds(Role.APPROVER)) {
            deploys.addComponentColumn(this::rollbackButton).setHeader("").setAutoWidth(true);
        }
        deploys.setAllRowsVisible(true);
        status.setId("history-status");
        add(new H3("Deploys"), deploys, status, steps, new H3("Versions of main"), versions);
        refresh();
    }

    private com.vaadin.flow.component.Component rollbackButton(DeployTag tag) {
        if (tag.number() == latest) {
            return new Span("live");
        }
        Button b = new Button("Roll back to " + tag.name(), e -> rollback(tag));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void rollback(DeployTag tag) {
        Actor who;
        try {
            who = actions.mayRollback(tag.name());
        } catch (AccessDeniedException refused) {
            status.setText(refused.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        status.setText("rolling back to " + tag.name() + "…");
        var progress = steps.start(ui);
        // the session's user goes along: the refresh afterwards reads through the role checks again
        Thread.ofVirtual().name("rollback-" + tag.name()).start(new DelegatingSecurityContextRunnable(() -> {
            String outcome;
            try {
                outcome = "live again as " + actions.rollback(tag.name(), who, progress);
            } catch (Refusal r) {
                outcome = r.toString();
            } catch (RuntimeException failed) {
                outcome = failed.getMessage();
            }
            String text = outcome;
            WebUi.access(ui, () -> {
                refresh();
                status.setText(text);
            });
        }));
    }

    private void refresh() {
        versions.setItems(actions.history(50));
        var tags = actions.deployTags();
        latest = tags.stream().mapToInt(DeployTag::number).max().orElse(0);
        deploys.setItems(tags.reversed());
    }
}
