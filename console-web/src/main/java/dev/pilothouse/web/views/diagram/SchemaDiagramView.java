package dev.pilothouse.web.views.diagram;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.edit.SchemaEditException;
import dev.pilothouse.schema.edit.SchemaEditor;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.Row;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace's schema.graphql drawn by the visualizer (schema view, ELK layout, SVG) with pan, zoom and a side
 * panel for the clicked table's attributes, keys and relationships. Every signed-in role sees it; developers also
 * get the designer's forms, whose edits go through the language service's edit API into the schema text (the
 * same working copy the workbench saves), with the role checked again on the server for every edit.
 */
@Route(value = "diagram", layout = MainLayout.class)
@PageTitle("Schema diagram · Pilothouse")
@PermitAll
public class SchemaDiagramView extends VerticalLayout {

    static final String FILE = "schema.graphql";
    private static final SvgRenderer SVG = PanZoomSvg.SVG;

    private final PanZoomSvg canvas = new PanZoomSvg();
    private final VerticalLayout details = new VerticalLayout();
    private final Span problem = new Span();
    private final Span applied = new Span();
    private final WorkspaceFiles files;
    private final AuthenticationContext auth;
    private final DesignerPanel designer;
    private SchemaModel model;
    private Scene scene;
    private String selectedTable;

    public SchemaDiagramView(WorkspaceFiles files, AuthenticationContext auth) {
        this.files = files;
        this.auth = auth;
        this.designer = auth.hasRole(Role.DEVELOPER.name()) ? new DesignerPanel(this::apply) : null;
        setSizeFull();
        canvas.setId("schema-diagram");
        canvas.setSizeFull();
        canvas.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
        details.setId("diagram-details");
        details.setWidth("22em");
        details.setPadding(false);
        details.getStyle().set("overflow", "auto");
        canvas.onSelect(this::showDetails);
        VerticalLayout side = new VerticalLayout();
        side.setPadding(false);
        side.setWidth("25em");
        side.setMinWidth("25em");
        side.getStyle().set("overflow", "auto");
        if (designer != null) {
            side.add(designer);
        }
        details.setWidthFull();
        details.getStyle().remove("overflow");
        side.add(details);
        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.setSizeFull();
        body.expand(canvas);
        problem.setId("diagram-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        applied.setId("designer-applied");
        applied.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(toolbar(files), problem, applied, body);
        expand(body);
        draw(files);
    }

    private HorizontalLayout toolbar(WorkspaceFiles files) {
        Button in = new Button("Zoom in", e -> canvas.zoom(1 / 1.25));
        Button out = new Button("Zoom out", e -> canvas.zoom(1.25));
        Button fit = new Button("Fit", e -> canvas.fit());
        Button reload = new Button("Reload", e -> draw(files));
        fit.setId("diagram-fit");
        reload.setId("diagram-reload");
        for (Button b : List.of(in, out, fit, reload)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout bar = new HorizontalLayout(
                new Span(FILE + " · drag to pan, wheel to zoom, click a table"), in, out, fit, reload);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return bar;
    }

    /** Parses and draws the file; a syntax error is named by line and column instead of a half-drawn picture. */
    private void draw(WorkspaceFiles files) {
        details.removeAll();
        ParsedSchema parsed = SchemaSyntax.parse(files.read(FILE));
        var error = parsed.diagnostics().stream().filter(d -> d.isError()).findFirst();
        if (error.isPresent()) {
            var d = error.get();
            model = null;
            scene = null;
            canvas.clear();
            problem.setVisible(true);
            problem.setText(FILE + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": " + d.code() + " "
                    + d.message() + " (fix syntax errors to see the diagram)");
            return;
        }
        problem.setText("");
        problem.setVisible(false);
        model = ModelBuilder.build(parsed.document());
        // small schemas lay out in milliseconds; one synchronous layouter per drawing keeps the view simple
        scene = new SchemaDiagram(new DiagramAssembler(new Layouter(Runnable::run, 4)))
                .draw(model)
                .scene();
        canvas.show(SVG.render(scene));
        details.add(new Span("Click a table to see its attributes, keys and relationships."));
        if (designer != null) {
            designer.show(model, null);
        }
    }

    /**
     * Applies one designer edit to the schema text and saves it; an edit the API refuses changes nothing and says
     * why. The role is checked here, on the server, whatever the page shows.
     */
    void apply(SchemaEdit edit) {
        if (!auth.hasRole(Role.DEVELOPER.name())) {
            problem.setVisible(true);
            problem.setText("Not applied: editing the schema needs the developer role");
            return;
        }
        String next;
        try {
            next = SchemaEditor.apply(files.read(FILE), edit).text();
        } catch (SchemaEditException | IllegalArgumentException e) {
            problem.setVisible(true);
            problem.setText("Not applied: " + e.getMessage());
            return;
        }
        files.write(FILE, next);
        String keep = edit instanceof SchemaEdit.RenameTable r && r.table().equals(selectedTable)
                ? r.newName()
                : edit instanceof SchemaEdit.RemoveTable r && r.table().equals(selectedTable)
                        ? null
                        : edit instanceof SchemaEdit.AddTable a ? a.name() : selectedTable;
        draw(files);
        long errors = new LanguageService()
                .analyze(new DocumentSnapshot(FILE, 1, next)).diagnostics().stream()
                        .filter(d -> d.isError())
                        .count();
        applied.setText(edit.describe() + " · saved to " + FILE
                + (errors == 0 ? "" : " · " + errors + " error(s): see the workbench"));
        if (keep != null && model != null && model.table(keep).isPresent()) {
            canvas.select("table:" + keep);
        }
    }

    PanZoomSvg canvas() {
        return canvas;
    }

    Span problem() {
        return problem;
    }

    VerticalLayout details() {
        return details;
    }

    private void showDetails(String id) {
        details.removeAll();
        if (model == null) {
            return;
        }
        var table = model.tables().stream()
                .filter(t -> id.equals("table:" + t.typeName()))
                .findFirst();
        selectedTable = table.map(Table::typeName).orElse(null);
        if (designer != null) {
            designer.show(model, table.orElse(null));
        }
        if (table.isPresent()) {
            tableDetails(table.get());
            return;
        }
        scene.nodes().stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(n -> {
            details.add(new H3(n.title()), line(n.subtitle() == null ? "type" : n.subtitle()));
            for (Row r : n.rows()) {
                details.add(line(r.name() + (r.detail() == null ? "" : ": " + r.detail())));
            }
        });
    }

    private void tableDetails(Table t) {
        details.add(
                new H3(t.typeName()),
                line("table " + t.qualifiedName() + (t.export() == null ? "" : " · exported")
                        + (t.sealed() ? " · sealed" : "")));
        details.add(heading("Attributes"));
        for (Attribute a : t.attributes()) {
            List<String> marks = new ArrayList<>();
            if (a.primaryKey()) {
                marks.add("primary key");
            }
            if (a.indexed()) {
                marks.add(a.index().vector() ? "vector index" : "indexed");
            }
            if (a.computed() != null) {
                marks.add("computed");
            }
            details.add(line(a.name() + ": " + a.type().display()
                    + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")")));
        }
        details.add(heading("Keys"));
        details.add(line(t.primaryKey().map(a -> "primary key " + a.name()).orElse("no primary key")));
        t.attributes().stream()
                .filter(a -> a.relationship() != null && a.relationship().from() != null)
                .forEach(a -> details.add(line("foreign key " + a.relationship().from() + " → "
                        + a.relationship().targetType())));
        details.add(heading("Relationships"));
        int before = details.getComponentCount();
        t.attributes().stream()
                .filter(a -> a.relationship() != null)
                .forEach(a ->
                        details.add(line(a.name() + " → " + a.relationship().targetType() + " " + cardinality(a))));
        for (Table other : model.tables()) {
            other.attributes().stream()
                    .filter(a -> a.relationship() != null
                            && a.relationship().targetType().equals(t.typeName()))
                    .forEach(a -> details.add(line(other.typeName() + "." + a.name() + " → here " + cardinality(a))));
        }
        if (details.getComponentCount() == before) {
            details.add(line("none"));
        }
    }

    private static String cardinality(Attribute a) {
        return switch (a.relationship().cardinality()) {
            case MANY_TO_ONE -> "(N:1)";
            case ONE_TO_MANY -> "(1:N)";
            case MANY_TO_MANY -> "(N:M)";
            case KEY_TO_KEY -> "(1:1)";
        };
    }

    private static Span heading(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
        return span;
    }

    private static Div line(String text) {
        Div div = new Div(text); // Vaadin sets text content, never markup
        div.getStyle()
                .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)");
        return div;
    }
}
