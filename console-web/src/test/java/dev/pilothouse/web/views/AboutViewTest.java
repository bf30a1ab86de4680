package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** The About page names the build's version (filtered in by Maven) and the Java it runs on. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the view is built by hand here
class AboutViewTest extends BrowserlessTest {

    @Test
    void showsTheProjectVersionAndTheRuntime() {
        AboutView view = new AboutView();
        UI.getCurrent().add(view);

        assertThat($(Span.class, view).id("about-version").getText())
                .isEqualTo("Pilothouse " + System.getProperty("pilothouse.expectedVersion"));
        assertThat($(Span.class, view).id("about-runtime").getText())
                .contains("Java " + Runtime.version().feature(), "Vaadin Flow 25.");
    }
}
