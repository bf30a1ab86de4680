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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.web.editor.EditorBackend;
import dev.pilothouse.web.editor.SchemaCodeEditor;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.LoggerFactory;

/** Explorer of the three app files, the code editor and its problems list. Developers may save drafts. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Workbench · Pilothouse")
@PermitAll
public class WorkbenchView extends VerticalLayout {

    private final WorkspaceFiles files;
    private final boolean canEdit;
    private final AuthenticationContext auth;
    private final ReviewActions actions;
    private final ScheduledExecutorService background;
    private final TextField proposal = new TextField();
    private final SchemaCodeEditor editor;
    private final Grid<Diagnostic> problems = new Grid<>(Diagnostic.class, false);
    private final Span status = new Span();
    private final ListBox<String> explorer = new ListBox<>();

    public WorkbenchView(
            WorkspaceFiles files,
            EditorBackend backend,
            AuthenticationContext auth,
            ReviewActions actions,
            ScheduledExecutorService background) {
        this.files = files;
        this.actions = actions;
        this.background = background;
        this.auth = auth;
        this.canEdit = auth.hasRole(Role.DEVELOPER.name());
        this.editor = new SchemaCodeEditor(backend);
        editor.setId("editor");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        explorer.setItems(WorkspaceFiles.FILES);
        explorer.setId("explorer");
        explorer.setRenderer(
                new com.vaadin.flow.data.renderer.TextRenderer<>(name -> files.exists(name) ? name : name + " (new)"));
        explorer.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });

        problems.setId("problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(d -> d.severity().label())
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(Diagnostic::code)
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(d -> d.range().startLine() + ":" + d.range().startColumn()) // already 1-based
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(Diagnostic::message).setHeader("Message").setFlexGrow(1);
        problems.addItemClickListener(
                e -> status.setText(e.getItem().code() + ": " + e.getItem().message()));
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
        proposal.setId("proposal-message");
        proposal.setPlaceholder("Why (the proposal's rationale)");
        proposal.setWidth("22em");
        Button propose = new Button("Propose", e -> propose());
        propose.setId("propose");
        propose.setEnabled(canEdit && actions.governed());
        proposal.setEnabled(propose.isEnabled());
        HorizontalLayout bar = new HorizontalLayout(format, save, proposal, propose, status);
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
        long errors =
                analysis.diagnostics().stream().filter(Diagnostic::isError).count();
        status.setText(errors + " error(s), " + (analysis.diagnostics().size() - errors) + " other problem(s)");
    }

    private void format() {
        Notification.show(editor.format()
                .map(result -> result.refused()
                        ? "Not formatted: " + result.reason()
                        : result.changed() ? "Formatted" : "Already formatted")
                .orElse("Only the schema has a formatter"));
    }

    /**
     * The working copy (with this editor's unsaved text) becomes a proposal; the working copy returns to main and
     * the proposal is validated in the background; the page then shows it.
     */
    private void propose() {
        if (proposal.getValue().isBlank()) {
            Notification.show("Say why: the rationale goes with the proposal to its reviewers");
            return;
        }
        Map<String, String> app = new LinkedHashMap<>();
        for (String name : WorkspaceFiles.FILES) {
            if (files.exists(name)) {
                app.put(name, files.read(name));
            }
        }
        app.put(explorer.getValue(), editor.getText());
        try {
            var p = actions.proposeAndReset(app, proposal.getValue().strip(), files);
            var who = actions.mayValidate(p.id());
            background.execute(() -> {
                try {
                    actions.validate(p.id(), who);
                } catch (RuntimeException e) { // shown on the proposal page as its state; logged here
                    LoggerFactory.getLogger(WorkbenchView.class)
                            .warn("validation of {} failed: {}", p.id(), e.toString());
                }
            });
            getUI().ifPresent(ui -> ui.navigate("proposal/" + p.id()));
        } catch (RuntimeException refused) {
            Notification.show("Not proposed: " + refused.getMessage());
        }
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
