package dev.pilothouse.web.views;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table chooser of the data and streams views: filled with the connected Harper's tables, the app's own (those
 * its schema.graphql exports) first, and preselected by {@code ?table=db.Table}, else the app's first exported table.
 * Without a Harper, or with none reachable, the chooser says so instead of staying blank.
 */
final class TablePicker {

    static final String NO_HARPER = "No Harper connected";

    private TablePicker() {}

    /** The table a link or bookmark asks for, if any. */
    static String requested(BeforeEnterEvent event) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter("table")
                .orElse(null);
    }

    /** A chooser that says there is no Harper to choose from. */
    static void noHarper(ComboBox<TableRef> box) {
        box.setPlaceholder(NO_HARPER);
        box.setEnabled(false);
    }

    /**
     * Fills {@code box} with Harper's tables, the app's exported ones first, and selects the requested one, else the
     * app's first exported table (or the only one, when {@code selectSingle}). Returns the text to show when Harper
     * cannot be reached.
     */
    static Optional<String> fill(
            ComboBox<TableRef> box,
            HarperConnection harper,
            Map<String, String> exports,
            String requested,
            boolean selectSingle) {
        List<TableRef> known;
        try {
            known = harper.tables();
        } catch (RuntimeException e) {
            box.setPlaceholder("Harper unreachable");
            return Optional.of("Harper unreachable: " + e.getMessage());
        }
        List<String> app = List.copyOf(exports.keySet());
        List<TableRef> ordered = appFirst(known, app);
        box.setItems(ordered);
        box.setPlaceholder(ordered.isEmpty() ? "No tables in Harper yet" : "Choose a table");
        choice(ordered, requested, app, selectSingle).ifPresent(box::setValue);
        return Optional.empty();
    }

    /** Harper's tables with the app's exported ones first, in the schema's order; the others as Harper lists them. */
    static List<TableRef> appFirst(List<TableRef> known, List<String> app) {
        List<TableRef> ordered = new ArrayList<>(known);
        ordered.sort(Comparator.comparingInt(t -> app.contains(t.label()) ? app.indexOf(t.label()) : app.size()));
        return ordered;
    }

    /** The requested table, else the app's first exported table Harper has, else the only one (if asked). */
    static Optional<TableRef> choice(List<TableRef> known, String requested, List<String> app, boolean selectSingle) {
        return known.stream()
                .filter(t -> t.label().equals(requested))
                .findFirst()
                .or(() -> app.stream()
                        .flatMap(a -> known.stream().filter(t -> t.label().equals(a)))
                        .findFirst())
                .or(() -> selectSingle && known.size() == 1 ? Optional.of(known.get(0)) : Optional.empty());
    }

    /**
     * "database.table" to its REST path ({@code /orders/} for {@code @export(name: "orders")}) for each table the
     * workspace's schema.graphql exports, in its order; empty without one.
     */
    static Map<String, String> exports(Path workspace) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            String text = new WorkspaceFiles(workspace).read("schema.graphql");
            SchemaModel model = text.isBlank()
                    ? null
                    : new LanguageService()
                            .analyze(new DocumentSnapshot("schema.graphql", 1, text))
                            .model();
            out.putAll(model == null ? Map.of() : model.restPaths());
        } catch (RuntimeException e) {
            out.clear(); // an unreadable schema costs the preselection; tables are then followed at their own name
        }
        return out;
    }

    /** Where a table's changes are followed: its export path, else its own name. */
    static String path(TableRef table, Map<String, String> exports) {
        return exports.getOrDefault(table.label(), "/" + table.table() + "/");
    }
}
