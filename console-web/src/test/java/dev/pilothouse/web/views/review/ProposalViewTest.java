package dev.pilothouse.web.views.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.views.diagram.PanZoomSvg;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/** The review pages built by hand over a real governed workspace, signed in with different roles. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: views are built by hand here
class ProposalViewTest extends BrowserlessTest {

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

    private ProposalView open() {
        ProposalView view = new ProposalView(f.actions);
        view.setParameter(null, f.agentProposal);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void anApproverSeesTheDiffAndApprovesWithAComment() {
        ReviewFixture.signIn("ada", "ROLE_APPROVER");
        ProposalView view = open();

        assertThat($(Html.class, view).all())
                .anySatisfy(
                        h -> assertThat(h.getInnerHtml()).contains("type Shelf").contains("<ins"));
        assertThat($(Span.class, view).all())
                .anySatisfy(s -> assertThat(s.getText()).isEqualTo("safe"));
        test($(TextField.class, view).id("decision-comment")).setValue("ship it");
        $(Checkbox.class, view).id("acknowledge-skipped").setValue(true); // no shadow ran in this fixture
        test($(Button.class, view).id("approve")).click();

        assertThat(f.governance.proposal(f.agentProposal).state()).isEqualTo(ProposalState.APPROVED);
        assertThat(f.governance.proposal(f.agentProposal).decisions().get(0).comment())
                .isEqualTo("ship it");
        assertThat($(Span.class, view).id("review-status").getText())
                .isEqualTo("Approved " + f.agentProposal + " (1 of 1): ready to deploy");
        assertThat($(Button.class, view).id("deploy").isEnabled()).isTrue();
        assertThat($(Button.class, view).id("approve").isEnabled())
                .as("nothing is left to approve")
                .isFalse();
    }

    @Test
    void theSchemaChangeIsDrawnWithTheProposedTableMarkedAdded() {
        ReviewFixture.signIn("vic", "ROLE_VIEWER");
        ProposalView view = open();

        String svg = $(PanZoomSvg.class, view).id("schema-diff-diagram").svg();

        assertThat(svg).containsPattern("<g class=\"node[^\"]*\\badded\\b[^\"]*\" data-id=\"[^\"]*Shelf\"");
        assertThat(svg)
                .doesNotContainPattern(
                        "class=\"node[^\"]*\\b(added|removed|changed)\\b[^\"]*\" data-id=\"[^\"]*Product\"");
    }

    @Test
    void aDeveloperGetsNoDecisionControls() {
        ReviewFixture.signIn("dev", "ROLE_DEVELOPER");
        ProposalView view = open();

        assertThat($(Button.class, view).all())
                .noneMatch(b -> "approve".equals(b.getId().orElse(""))
                        || "deploy".equals(b.getId().orElse(""))
                        || "reject".equals(b.getId().orElse("")));
        assertThat($(Html.class, view).all()).isNotEmpty();
    }

    @Test
    void aClickReplayedForSomeoneWhoIsNoApproverIsRefusedOnTheServerAndAudited() {
        ReviewFixture.signIn("ada", "ROLE_APPROVER");
        ProposalView view = open(); // the button exists in this UI...
        ReviewFixture.signIn("dev", "ROLE_DEVELOPER"); // ...but the click arrives from a developer's session

        test($(Button.class, view).id("approve")).click();

        assertThat(f.governance.proposal(f.agentProposal).state()).isEqualTo(ProposalState.VALIDATED);
        assertThat($(Span.class, view).id("review-status").getText()).contains("dev may not proposal.approve");
        assertThat(f.governance.audit().entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("web.access-refused");
            assertThat(e.actor()).isEqualTo("human:dev");
        });
    }

    @Test
    void theListHistoryAndAuditTimelineRender() {
        ReviewFixture.signIn("val", "ROLE_VIEWER");
        ProposalsView view = new ProposalsView(f.actions);
        UI.getCurrent().add(view);
        assertThat($(com.vaadin.flow.component.grid.Grid.class, view)
                        .id("proposal-list")
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isEqualTo(1);
        $(com.vaadin.flow.component.tabs.TabSheet.class, view).single().setSelectedIndex(2);

        assertThat($(Span.class, view).id("audit-status").getText()).startsWith("chain intact");
        assertThat($(com.vaadin.flow.component.html.Div.class, view)
                        .id("audit-timeline")
                        .getElement()
                        .getProperty("innerHTML"))
                .startsWith("<svg")
                .contains("scene-timeline")
                .contains("agent:stocker");
        assertThat($(Button.class, view).all()).noneMatch(b -> b.getText().startsWith("Roll back"));
    }
}
