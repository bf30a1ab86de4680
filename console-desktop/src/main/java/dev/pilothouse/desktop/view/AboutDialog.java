package dev.pilothouse.desktop.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > About (command palette "About Pilothouse"): which Pilothouse, Java and JavaFX this is. */
public final class AboutDialog {

    private static final String RESOURCE = "/dev/pilothouse/desktop/version.properties";

    private AboutDialog() {
    }

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
        try (InputStream in = AboutDialog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
