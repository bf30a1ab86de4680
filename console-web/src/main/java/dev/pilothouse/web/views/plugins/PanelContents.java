package dev.pilothouse.web.views.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Pre;
import dev.pilothouse.plugin.api.PanelContent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Draws a plugin's toolkit-neutral panel content with Vaadin components. Plugin HTML is cleaned to a safe subset
 * (no scripts, styles or event handlers); an SVG drawing is shown as an image, where the browser runs no script.
 */
final class PanelContents {

    private PanelContents() {}

    static Component of(PanelContent content) {
        return switch (content) {
            case PanelContent.Text t -> new Pre(t.text());
            case PanelContent.Table t -> table(t);
            case PanelContent.Html h ->
                new Html("<div class=\"ph-plugin-html\">" + Jsoup.clean(h.html(), Safelist.relaxed()) + "</div>");
            case PanelContent.Svg s ->
                new Image(
                        "data:image/svg+xml;base64,"
                                + Base64.getEncoder().encodeToString(s.svg().getBytes(StandardCharsets.UTF_8)),
                        "plugin drawing");
        };
    }

    private static Component table(PanelContent.Table t) {
        Grid<List<String>> grid = new Grid<>();
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            grid.addColumn(row -> row.get(column)).setHeader(t.columns().get(i)).setAutoWidth(true);
        }
        grid.setItems(t.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
