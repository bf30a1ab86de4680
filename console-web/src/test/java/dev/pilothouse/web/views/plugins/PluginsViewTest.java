package dev.pilothouse.web.views.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.host.PluginStatus;
import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web Plugins page: the list, each kind of panel content drawn, HTML cleaned, a throwing panel in place. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the view is built by hand here
class PluginsViewTest extends BrowserlessTest {

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private WorkspacePlugins plugins;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        background.shutdownNow();
        if (plugins != null) {
            plugins.close();
        }
    }

    @Test
    void panelsAreDrawnGuardedAndCleaned() throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(
                workspace.resolve("schema.graphql"),
                "type Product @table @export {\n  id: ID @primaryKey\n}\n"
                        + "type Order @table {\n  id: ID @primaryKey\n}\n");
        Path folder = Files.createDirectories(workspace.resolve(".pilothouse/plugins"));
        jar(folder, "shelf", "Shelf", "return new PanelContent.Text(in.schema().tables().size() + \" tables\");");
        jar(folder, "boom", "Boom", "throw new IllegalStateException(\"panel exploded\");");
        jar(
                folder,
                "page",
                "Page",
                "return new PanelContent.Html(\"<p>hello <b>web</b></p>"
                        + "<script>alert(1)</script><img src=x onerror=alert(2)>\");");
        jar(folder, "art", "Art", "return new PanelContent.Svg(\"<svg xmlns='http://www.w3.org/2000/svg'/>\");");
        Path home = Files.createDirectories(tmp.resolve("home"));
        PluginTrust trust = PluginTrust.in(home);
        for (String name : List.of("shelf", "boom", "page", "art")) {
            trust.trust(folder.resolve(name + ".jar"), "human:ada", Instant.now());
        }
        jar(folder, "stray", "Stray", "return new PanelContent.Text(\"never drawn\");"); // nobody allowed it
        plugins = WorkspacePlugins.open(home, workspace, Duration.ofSeconds(5));

        PluginsView view = new PluginsView(plugins, new WorkspaceFiles(workspace), background);
        UI.getCurrent().add(view);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ($(Div.class, view).withClassName("ph-plugin-panel").all().size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            roundTrip();
        }

        assertThat($(Span.class, view).id("plugins-status").getText())
                .isEqualTo("9 plugins (0 failed, 1 refused), 4 panels, 1 failed");
        @SuppressWarnings("unchecked")
        Grid<dev.pilothouse.plugin.host.PluginRecord> list = $(Grid.class, view).id("plugins-list");
        assertThat(list.getGenericDataView().getItems().map(r -> r.name()).toList())
                .contains("naming-conventions", "schema-summary", "shelf", "boom", "page", "art", "stray");
        assertThat(list.getGenericDataView()
                        .getItems()
                        .filter(r -> r.name().equals("stray"))
                        .findFirst()
                        .orElseThrow())
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(PluginStatus.REFUSED);
                    assertThat(r.error()).contains("not allow-listed: sha256").contains("pilothouse plugins trust");
                });
        assertThat($(Div.class, view).withId("plugin-panel-stray").all()).isEmpty();
        assertThat($(Pre.class, $(Div.class, view).id("plugin-panel-shelf"))
                        .single()
                        .getText())
                .isEqualTo("2 tables");
        String html = $(Html.class, $(Div.class, view).id("plugin-panel-page"))
                .single()
                .getInnerHtml();
        assertThat(html).contains("hello <b>web</b>").doesNotContain("script").doesNotContain("onerror");
        assertThat($(Image.class, $(Div.class, view).id("plugin-panel-art"))
                        .single()
                        .getSrc())
                .startsWith("data:image/svg+xml;base64,");
        assertThat($(Span.class, $(Div.class, view).id("plugin-panel-boom"))
                        .withClassName("ph-plugin-error")
                        .single()
                        .getText())
                .contains("panel exploded")
                .contains("boom.jar");
        assertThat($(Grid.class, $(Div.class, view).id("plugin-panel-schema-summary"))
                        .single())
                .isNotNull();
    }

    private static void jar(Path folder, String name, String title, String body) throws Exception {
        TestJars.build(
                folder.resolve(name + ".jar"),
                PluginSources.panelPlugin(name, title, body),
                PluginSources.serviceEntry(PluginSources.className(name)),
                Map.of(),
                Plugin.class);
    }
}
