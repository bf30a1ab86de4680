package dev.pilothouse.desktop.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark: AtlantaFX's Primer user-agent stylesheets plus our editor colours for each. */
public enum Theme {
    LIGHT,
    DARK;

    private static final String APP_CSS = Theme.class.getResource("app.css").toExternalForm();
    private static final String LIGHT_CSS = Theme.class.getResource("light.css").toExternalForm();
    private static final String DARK_CSS = Theme.class.getResource("dark.css").toExternalForm();

    /** Applies this theme to the whole application and to {@code scene}. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(
                this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet());
        scene.getStylesheets().setAll(APP_CSS, this == LIGHT ? LIGHT_CSS : DARK_CSS);
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
