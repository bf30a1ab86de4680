package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.deploy.DeployUpdate;
import java.util.Locale;

/** The steps of the deploy or rollback under way, redrawn through push as each one starts and ends. */
final class DeployStepList extends Div {

    private DeployRun run;

    DeployStepList(String id) {
        setId(id);
        addClassName("ph-deploy-steps");
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "auto auto auto 1fr")
                .set("gap", "0.2em 0.8em")
                .set("align-items", "baseline");
        setVisible(false);
    }

    /** Empties the list for a new deploy; the listener it returns redraws the list in {@code ui} on each update. */
    DeployProgress start(UI ui) {
        DeployRun fresh = new DeployRun(DeployProgress.NONE);
        run = fresh;
        removeAll();
        setVisible(true);
        return update -> {
            fresh.on(update);
            WebUi.access(ui, () -> draw(fresh));
        };
    }

    void clear() {
        run = null;
        removeAll();
        setVisible(false);
    }

    private void draw(DeployRun drawn) {
        if (drawn != run) {
            return; // a later deploy (or another proposal) took the list over
        }
        removeAll();
        for (DeployRun.Row row : drawn.rows()) {
            Span label = new Span(row.step().label());
            label.setTitle(row.step().purpose());
            label.addClassName("ph-deploy-step");
            label.getElement().setAttribute("data-step", row.step().name().toLowerCase(Locale.ROOT));
            label.getElement().setAttribute("data-phase", row.phase().name().toLowerCase(Locale.ROOT));
            Span took = new Span(row.took()
                    .map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0))
                    .orElse(""));
            boolean running = row.phase() == DeployUpdate.Phase.RUNNING;
            Span detail = new Span(running ? row.step().purpose() : row.detail()); // while running: what it waits for
            detail.getStyle().set("overflow-wrap", "anywhere"); // a long error stays readable
            add(Badges.phase(row.phase()), label, took, detail);
        }
    }
}
