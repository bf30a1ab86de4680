package dev.pilothouse.web.views;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import java.util.List;
import java.util.Optional;

/** The table chooser of the data and streams views: filled from Harper, preselected by {@code ?table=db.Table}. */
final class TablePicker {

    private TablePicker() {
    }

    /** The table a link or bookmark asks for, if any. */
    static String requested(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("table").orElse(null);
    }

    /**
     * Fills {@code box} with Harper's tables and selects the requested one (or the only one, when
     * {@code selectSingle}). Returns the text to show when Harper cannot be reached.
     */
    static Optional<String> fill(ComboBox<TableRef> box, HarperConnection harper, String requested,
                                 boolean selectSingle) {
        try {
            List<TableRef> known = harper.tables();
            box.setItems(known);
            known.stream().filter(t -> t.label().equals(requested)).findFirst()
                    .or(() -> selectSingle && known.size() == 1 ? Optional.of(known.get(0)) : Optional.empty())
                    .ifPresent(box::setValue);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("Harper unreachable: " + e.getMessage());
        }
    }
}
