package dev.pilothouse.web.review;

import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A governed workspace made from the shop app (no runtime: proposals, validation and approval need none), the
 * console's review actions over it with the workspace log as audit sink, and a validated agent proposal.
 */
public final class ReviewFixture {

    public final GovernedWorkspace workspace;
    public final Governance governance;
    public final WorkspaceAuditSink audit;
    public final ReviewActions actions;
    public final String agentProposal;

    public ReviewFixture(Path root) {
        Path dir = root.resolve("shop");
        PilothouseHome home = new PilothouseHome(root.resolve("home"));
        WorkspaceInit.init(dir, shopFiles(), "the shop app", Identity.parse("human:ada"), home);
        workspace = new GovernedWorkspace(
                new WebOptions(0, dir, home.root(), Optional.empty()), new HarperConnection(Optional.empty()));
        governance = workspace.governance().orElseThrow();
        audit = new WorkspaceAuditSink(governance.audit());
        actions = new ReviewActions(workspace, audit);
        Map<String, String> change = new LinkedHashMap<>(shopFiles());
        change.put(
                "schema.graphql",
                change.get("schema.graphql")
                        + "\ntype Shelf @table @export {\n  id: ID @primaryKey\n  label: String\n}\n");
        agentProposal = governance
                .propose(change, Identity.parse("agent:stocker"), "Shelves for the shop", Optional.empty())
                .id();
        governance.validate(agentProposal, "agent:stocker");
    }

    /** Signs {@code user} in on this thread with the given roles ({@code ROLE_...}). */
    public static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", AuthorityUtils.createAuthorityList(roles)));
    }

    public static Map<String, String> shopFiles() {
        try {
            Path app = Path.of(ReviewFixture.class.getResource("/apps/shop").toURI());
            Map<String, String> files = new LinkedHashMap<>();
            for (String name : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
                files.put(name, Files.readString(app.resolve(name)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
