package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.web.editor.EditorBackend;
import dev.pilothouse.web.editor.SchemaCodeEditor;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/** A developer's edit in the web workbench becomes a validated proposal, and the working copy returns to main. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: views are built by hand here
class WorkbenchProposeTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDevelopersEditIsProposedValidatedAndTheWorkingCopyIsCleanAgain() throws Exception {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("dora", "ROLE_VIEWER", "ROLE_DEVELOPER");
        WorkspaceFiles files = new WorkspaceFiles(fx.governance.dir());
        String main = files.read("schema.graphql");
        files.write(
                "schema.graphql", main + "\ntype Aisle @table @export {\n  id: ID @primaryKey\n}\n"); // a saved draft
        WorkbenchView view = new WorkbenchView(
                files,
                new EditorBackend(new LanguageService()),
                new AuthenticationContext(),
                fx.actions,
                WorkbenchViewTest.BACKGROUND);
        UI.getCurrent().add(view);
        assertThat($(SchemaCodeEditor.class, view).single().getText()).contains("type Aisle");

        $(TextField.class, view).id("proposal-message").setValue("Aisles for the shop floor");
        $(Button.class, view).id("propose").click();

        Proposal p = fx.governance.proposals().stream()
                .filter(x -> x.author().equals("human:dora"))
                .findFirst()
                .orElseThrow();
        assertThat(p.message()).isEqualTo("Aisles for the shop floor");
        assertThat(fx.governance.files(p.commit()).get("schema.graphql")).contains("type Aisle @table @export");
        assertThat(files.read("schema.graphql"))
                .as("the working copy is main again")
                .isEqualTo(main);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (fx.governance.proposal(p.id()).state() != ProposalState.VALIDATED && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(fx.governance.proposal(p.id()).state()).isEqualTo(ProposalState.VALIDATED);
        fx.workspace.close();
    }

    @Test
    void aViewerCannotPropose() throws Exception {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("val", "ROLE_VIEWER");
        WorkbenchView view = new WorkbenchView(
                new WorkspaceFiles(fx.governance.dir()),
                new EditorBackend(new LanguageService()),
                new AuthenticationContext(),
                fx.actions,
                WorkbenchViewTest.BACKGROUND);
        UI.getCurrent().add(view);

        assertThat($(Button.class, view).id("propose").isEnabled()).isFalse();
        int before = fx.governance.proposals().size();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.actions.propose(java.util.Map.of(), "x"))
                .hasMessageContaining("developer");
        assertThat(fx.governance.proposals()).hasSize(before);
        fx.workspace.close();
    }
}
