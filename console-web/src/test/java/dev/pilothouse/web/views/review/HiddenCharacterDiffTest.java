package dev.pilothouse.web.views.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.workspace.Identity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An agent hides code behind a right-to-left override in a proposed line: the review's diff shows the override as
 * a marker naming it, marks the row, and never puts the raw character in the page.
 */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: views are built by hand here
class HiddenCharacterDiffTest extends BrowserlessTest {

    /** On screen the override turns the end of the line around: a reviewer would read a harmless comment. */
    private static final String HOSTILE = "export const isAdmin = (user) => true; // \u202e;eslaf nruter";

    @TempDir
    Path root;

    private ReviewFixture f;

    @BeforeEach
    void workspace() {
        f = new ReviewFixture(root);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        f.workspace.close();
    }

    @Test
    void aBidiOverrideInAProposedLineIsAMarkerInAMarkedRowAndNeverRaw() {
        Map<String, String> files = new LinkedHashMap<>(ReviewFixture.shopFiles());
        files.put("resources.js", files.get("resources.js") + "\n" + HOSTILE + "\n");
        String id = f.governance
                .propose(files, Identity.parse("agent:stocker"), "An admin check", Optional.empty())
                .id();
        ReviewFixture.signIn("vic", "ROLE_VIEWER");
        ProposalView view = new ProposalView(f.actions);
        view.setParameter(null, id);
        UI.getCurrent().add(view);

        List<String> tables = $(Html.class, view).all().stream()
                .map(Html::getInnerHtml)
                .filter(h -> h.contains("ph-diff"))
                .toList();
        assertThat(tables).singleElement().satisfies(html -> {
            assertThat(html).doesNotContain("\u202e").contains("export const isAdmin");
            Document page = Jsoup.parseBodyFragment("<table>" + html + "</table>");
            List<Element> chips = page.select("span.ph-hidden-char");
            assertThat(chips).singleElement().satisfies(chip -> {
                assertThat(chip.text()).isEqualTo("⟨U+202E⟩");
                assertThat(chip.attr("title")).startsWith("U+202E RIGHT-TO-LEFT OVERRIDE");
            });
            assertThat(page.select("tr.ph-diff-hidden"))
                    .singleElement()
                    .satisfies(row -> assertThat(row.text()).contains("export const isAdmin", "⟨U+202E⟩"));
            assertThat(page.select("tr.ph-diff-hidden"))
                    .allSatisfy(row -> assertThat(row.classNames()).contains("ph-diff-insert"));
        });
    }
}
