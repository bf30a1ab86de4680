package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.SoloModeViewModel;
import javafx.scene.control.Label;

/** A warning strip above the workbench and a status bar field, both shown only while solo mode is on. */
public final class SoloModeBanner {

    private SoloModeBanner() {}

    public static void install(WorkbenchView view, SoloModeViewModel solo) {
        Label banner = new Label("⚠ " + SoloModeViewModel.TEXT);
        banner.setId("solo-mode-banner");
        banner.getStyleClass().add("solo-mode-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        bindShown(banner, solo);
        Label field = new Label("⚠ Solo mode");
        field.setId("status-solo-mode");
        field.getStyleClass().add("status-solo-mode");
        bindShown(field, solo);
        view.showBanner(banner);
        view.addStatusNode(field);
    }

    private static void bindShown(Label label, SoloModeViewModel solo) {
        label.visibleProperty().bind(solo.onProperty());
        label.managedProperty().bind(solo.onProperty());
    }
}
