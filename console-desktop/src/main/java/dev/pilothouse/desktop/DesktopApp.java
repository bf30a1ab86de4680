package dev.pilothouse.desktop;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; options come from {@link Launcher}, everything else from {@link Desktop}. */
public final class DesktopApp extends Application {

    private static volatile DesktopOptions options = DesktopOptions.defaults();
    private Desktop desktop;

    static void options(DesktopOptions value) {
        options = value;
    }

    @Override
    public void start(Stage stage) {
        desktop = new Desktop(options);
        stage.setTitle("Pilothouse");
        stage.setScene(desktop.scene());
        stage.show();
        desktop.start();
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.close();
        }
    }
}
