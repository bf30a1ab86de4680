package dev.pilothouse.web.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.web.editor.EditorBackend;
import dev.pilothouse.web.editor.SchemaCodeEditor;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import jakarta.annotation.security.PermitAll;

/** Explorer of the three app files, the code editor and its problems list. Developers may save drafts. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Workbench · Pilothouse")
@PermitAll
public class WorkbenchView extends VerticalLayout {

    private final WorkspaceFiles files;
    private final boolean canEdit;
    private final AuthenticationContext auth;
    private final SchemaCodeEditor editor;
    private final Grid<Diagnostic> problems = new Grid<>(Diagnostic.class, false);
    private final Span status = new Span();
    private final ListBox<String> explorer = new ListBox<>();

    public WorkbenchView(WorkspaceFiles files, EditorBackend backend, AuthenticationContext auth) {
        this.files = files;
        this.auth = auth;
        this.canEdit = auth.hasRole(Role.DEVELOPER.name());
        this.editor = new SchemaCodeEditor(backend);
        editor.setId("editor");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        explorer.setItems(WorkspaceFiles.FILES);
        explorer.setId("explorer");
        explorer.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                name -> files.exists(name) ? name : name + " (new)"));
        explorer.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });

        problems.setId("problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(d -> d.severity().label()).setHeader("Severity").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Diagnostic::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(d -> d.range().startLine() + ":" + d.range().startColumn()) // already 1-based
                .setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Diagnostic::message).setHeader("Message").setFlexGrow(1);
        problems.addItemClickListener(e -> status.setText(e.getItem().code() + ": " + e.getItem().message()));
        editor.onAnalysis(this::showProblems);

        SplitLayout editorAndProblems = new SplitLayout(editor, problems, SplitLayout.Orientation.VERTICAL);
        editorAndProblems.setSplitterPosition(72);
        editorAndProblems.setSizeFull();
        VerticalLayout side = new VerticalLayout(new Span("Files"), explorer);
        side.addClassName("ph-explorer");
        SplitLayout main = new SplitLayout(side, editorAndProblems);
        main.setSplitterPosition(16);
        main.setSizeFull();
        add(toolbar(), main);
        expand(main);
        explorer.setValue(WorkspaceFiles.FILES.get(0));
    }

    private HorizontalLayout toolbar() {
        Button format = new Button("Format", e -> format());
        format.setId("format");
        Button save = new Button("Save draft", e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(canEdit);
        format.setEnabled(canEdit);
        status.addClassName("ph-muted");
        status.setId("status");
        HorizontalLayout bar = new HorizontalLayout(format, save, status);
        bar.addClassName("ph-toolbar");
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return bar;
    }

    private void open(String name) {
        editor.setDocument(files.uri(name), files.read(name), !canEdit);
        status.setText(files.root().resolve(name) + (canEdit ? "" : " (read-only)"));
    }

    private void showProblems(Analysis analysis) {
        problems.setItems(analysis.diagnostics());
        long errors = analysis.diagnostics().stream().filter(Diagnostic::isError).count();
        status.setText(errors + " error(s), " + (analysis.diagnostics().size() - errors) + " other problem(s)");
    }

    private void format() {
        Notification.show(editor.format().map(result -> result.refused() ? "Not formatted: " + result.reason()
                : result.changed() ? "Formatted" : "Already formatted").orElse("Only the schema has a formatter"));
    }

    private void save() {
        if (!canEdit) {
            return; // the button is disabled; this guards forged clicks
        }
        if (!auth.hasRole(Role.DEVELOPER.name())) { // the role was taken away after this page opened
            Notification.show("Not saved: your role no longer allows editing drafts");
            return;
        }
        files.write(explorer.getValue(), editor.getText());
        Notification.show("Saved " + explorer.getValue());
    }
}
