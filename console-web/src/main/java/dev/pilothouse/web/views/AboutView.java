package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Version;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** About: which Pilothouse this server runs, on which Java and Vaadin. */
@Route(value = "about", layout = MainLayout.class)
@PageTitle("About · Pilothouse")
@PermitAll
public class AboutView extends VerticalLayout {

    private static final String RESOURCE = "/dev/pilothouse/web/version.properties";

    public AboutView() {
        Span version = new Span("Pilothouse " + version());
        version.setId("about-version");
        version.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Span runtime = new Span("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
                + " · Vaadin Flow " + Version.getFullVersion());
        runtime.setId("about-runtime");
        runtime.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2("About"), version, new Paragraph("An IDE-style console for apps on the Harper runtime."), runtime);
    }

    /** The project version Maven wrote into version.properties. */
    static String version() {
        try (InputStream in = AboutView.class.getResourceAsStream(RESOURCE)) {
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
