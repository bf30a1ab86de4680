package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.web.views.diagram.PanZoomSvg;
import java.util.Optional;

/**
 * A proposal's schema change as a diagram: the proposed schema with what changed since the base drawn over it
 * (added green, removed struck through in red, changed outlined by classification), from the visualizer's
 * {@link DiffDiagram}. A version that does not parse is named instead of drawn.
 */
final class SchemaDiffPanel {

    static final String FILE = "schema.graphql";

    private SchemaDiffPanel() {}

    /** Empty when the proposal leaves the schema as it was. */
    static Optional<Component> of(String before, String after) {
        if (after == null || after.equals(before)) {
            return Optional.empty();
        }
        VerticalLayout panel = new VerticalLayout();
        panel.setId("schema-diff");
        panel.setPadding(false);
        panel.setWidthFull();
        // a proposal's schema is small: one synchronous layout per page keeps the view simple
        var diagram = new DiffDiagram(new DiagramAssembler(new Layouter(Runnable::run, 4))).draw(before, after);
        if (diagram.isEmpty()) {
            panel.add(new Paragraph(FILE + " does not parse at the base or as proposed, so there is no diagram;"
                    + " the text diff above shows the change."));
            return Optional.of(panel);
        }
        PanZoomSvg canvas = new PanZoomSvg();
        canvas.setId("schema-diff-diagram");
        canvas.setWidthFull();
        canvas.setHeight("26rem");
        canvas.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
        canvas.show(PanZoomSvg.SVG.render(diagram.get().scene()));
        Span legend = new Span("Green: added · red, struck through: removed · outline: changed (green safe, amber"
                + " review, red breaking) · drag to pan, wheel to zoom");
        legend.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        panel.add(canvas, legend);
        return Optional.of(panel);
    }
}
