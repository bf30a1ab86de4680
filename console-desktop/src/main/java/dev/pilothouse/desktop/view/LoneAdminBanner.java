package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.LoneAdminViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;

/** A warning strip above the workbench, shown while a lone admin's boundary change is unacknowledged. */
public final class LoneAdminBanner {

    private LoneAdminBanner() {}

    public static void install(WorkbenchView view, LoneAdminViewModel loneAdmin) {
        Label banner = new Label();
        banner.setId("lone-admin-banner");
        banner.getStyleClass().add("solo-mode-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.concat("⚠ ", loneAdmin.warningProperty()));
        BooleanBinding shown = loneAdmin.warningProperty().isNotEmpty();
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        view.showBanner(banner);
    }
}
