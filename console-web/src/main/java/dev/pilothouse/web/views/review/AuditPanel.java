package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import dev.pilothouse.visualizer.timeline.WorkspaceAudit;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.workspace.audit.AuditVerification;
import java.util.List;

/**
 * The audit log's verification status and its timeline (the visualizer's scene drawn as SVG): a lane per actor,
 * each change's steps joined. Zoom draws again over a shorter or longer time range; the box scrolls to pan.
 */
final class AuditPanel extends VerticalLayout {

    private static final SvgRenderer SVG = SvgRenderer.withDefaultStyle();

    private final Div canvas = new Div();
    private final List<AuditRecord> records;
    private TimeRange range;

    AuditPanel(ReviewActions actions) {
        setPadding(false);
        AuditVerification check = actions.verifyAudit();
        Span status = check.ok()
                ? badge("chain intact: " + check.entries() + " entries", "success")
                : badge("chain broken: " + check.describeProblem().orElse("?"), "error");
        status.setId("audit-status");
        records = WorkspaceAudit.records(actions.auditEntries());
        range = records.isEmpty() ? null : TimeRange.covering(records);
        Button in = new Button("Zoom in", e -> zoom(0.5));
        Button out = new Button("Zoom out", e -> zoom(2));
        Button all = new Button("All", e -> {
            range = records.isEmpty() ? null : TimeRange.covering(records);
            draw();
        });
        for (Button b : List.of(in, out, all)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout bar = new HorizontalLayout(status, in, out, all);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        canvas.setId("audit-timeline");
        canvas.setWidthFull();
        canvas.getStyle()
                .set("overflow", "auto")
                .set("max-height", "60vh")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        add(bar, canvas);
        draw();
    }

    private void zoom(double factor) {
        if (range != null) {
            range = range.zoom(factor);
            draw();
        }
    }

    private void draw() {
        if (range == null) {
            canvas.getElement().setProperty("innerHTML", "");
            canvas.setText("No governed steps in the audit log yet.");
            return;
        }
        // innerHTML of a div, so the browser parses the svg in the SVG namespace; then scale it to the box's width
        // (the viewBox keeps the proportions); the box scrolls when that is too tall
        canvas.getElement().setProperty("innerHTML", SVG.render(new TimelineDiagram(900).draw(records, range)));
        canvas.getElement().executeJs("""
                const svg = this.querySelector('svg');
                if (svg) {
                  svg.removeAttribute('width');
                  svg.removeAttribute('height');
                  Object.assign(svg.style, { width: '100%', height: 'auto', display: 'block' });
                }""");
    }

    private static Span badge(String text, String theme) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge " + theme);
        return span;
    }
}
