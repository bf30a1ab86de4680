package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Version;
import dev.pilothouse.workspace.BuildVersion;
import jakarta.annotation.security.PermitAll;

/** About: which Pilothouse this server runs, on which Java and Vaadin. */
@Route(value = "about", layout = MainLayout.class)
@PageTitle("About · Pilothouse")
@PermitAll
public class AboutView extends VerticalLayout {

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
        return BuildVersion.get();
    }
}
