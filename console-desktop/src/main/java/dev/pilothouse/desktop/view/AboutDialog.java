package dev.pilothouse.desktop.view;

import dev.pilothouse.workspace.BuildVersion;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > About (command palette "About Pilothouse"): which Pilothouse, Java and JavaFX this is. */
public final class AboutDialog {

    private AboutDialog() {}

    public static void show(Window owner) {
        dialog(owner).showAndWait();
    }

    static Alert dialog(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, details());
        alert.initOwner(owner);
        alert.setTitle("About Pilothouse");
        alert.setHeaderText("Pilothouse " + version());
        alert.getDialogPane().setId("about-dialog");
        return alert;
    }

    static String details() {
        return "An IDE-style console for apps on the Harper runtime.\n\n"
                + "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "?");
    }

    /** The project version Maven wrote into version.properties. */
    public static String version() {
        return BuildVersion.get();
    }
}
