package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path app;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void workspace() {
        System.setProperty("pilothouse.home", tmp.resolve("home").toString());
        app = tmp.resolve("app");
        assertThat(run("init", app.toString(), "--as", "human:ada")).isZero();
        // this process's OS account is ada: approve, deploy and policy commands prove her by it
        assertThat(run("humans", "add", "ada")).as(err.toString()).isZero();
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int inApp(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = app.toString();
        return run(all);
    }

    private String proposeByAgent() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("draft"));
        Files.writeString(
                from.resolve("resources.js"),
                "import { Resource } from 'harperdb';\n"
                        + "export class Status extends Resource {\n  static loadAsInstance = false;\n\n  get(target) {\n    return { status: 'v2' };\n  }\n}\n");
        assertThat(inApp("propose", "--from", from.toString(), "--author", "agent:bot", "--message", "v2", "--json"))
                .isZero();
        return JSON.readTree(out.toString()).path("id").asText();
    }

    @Test
    void timelineDrawsTheAuditTrailWithAnAgentLaneAndAHumanLane() throws IOException {
        String id = proposeByAgent();
        assertThat(inApp("validate", id)).isZero();
        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "human:ada"))
                .isZero();
        Path svg = tmp.resolve("timeline.svg");

        assertThat(inApp("visualize", "timeline", "--svg", svg.toString()))
                .as(err.toString())
                .isZero();

        String drawn = Files.readString(svg);
        assertThat(drawn).startsWith("<svg").contains("agent:bot", "human:ada").contains("proposal", "approval");
    }

    @Test
    void urlAttachWithAnUnreadablePasswordFileIsRefusedNamingTheFile() throws IOException {
        String id = proposeByAgent();
        Path missing = tmp.resolve("no-such-password");

        int code = inApp("validate", id, "--url", "http://127.0.0.1:9", "--password-file", missing.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString() + err.toString()).contains("--password-file").contains("no-such-password");
    }

    @Test
    void anAgentsMessageAndCodeCannotRewriteTheReviewersTerminal() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("sneaky"));
        // the second line hides behind an escape that moves up and erases; the third reads backwards on screen
        Files.writeString(
                from.resolve("resources.js"),
                Files.readString(app.resolve("resources.js"))
                        + "// harmless\u001b[1A\u001b[2K\nconst x = 1; // \u202e;)(lave\n");
        assertThat(inApp(
                        "propose",
                        "--from",
                        from.toString(),
                        "--author",
                        "agent:bot",
                        "--message",
                        "tidy\u001b[2K\rnothing to see",
                        "--json"))
                .as(err.toString())
                .isZero();
        String id = JSON.readTree(out.toString()).path("id").asText();

        assertThat(inApp("proposals", "show", id)).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("tidy\\x1b[2K\\rnothing to see", "// harmless\\x1b[1A\\x1b[2K", "\\u202e;)(lave")
                .doesNotContain("\u001b", "\r", "\u202e");
    }

    @Test
    void proposeFromAFolderTakesItsPackageJsonAndShowsItInTheDiff() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("with-manifest"));
        Files.copy(app.resolve("resources.js"), from.resolve("resources.js"));
        Files.writeString(
                from.resolve("package.json"),
                "{\n  \"name\": \"fleet\",\n  \"type\": \"module\",\n" + "  \"private\": true\n}\n");
        assertThat(inApp(
                        "propose", "--from", from.toString(), "--author", "agent:bot", "--message", "rename", "--json"))
                .as(err.toString())
                .isZero();
        String id = JSON.readTree(out.toString()).path("id").asText();
        assertThat(inApp("proposals", "show", id)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("package.json").contains("\"fleet\"");

        Files.writeString(
                from.resolve("package.json"),
                "{\"name\": \"fleet\", \"type\": \"module\",\n" + " \"dependencies\": {\"left-pad\": \"1.3.0\"}}\n");
        assertThat(inApp("propose", "--from", from.toString(), "--author", "agent:bot", "--message", "pad"))
                .isNotZero();
        assertThat(err.toString()).contains("package.json:2 adds 'dependencies'");
    }

    @Test
    void initCreatesAWorkspaceWhoseHistoryListsTheFirstCommit() throws IOException {
        assertThat(app.resolve("schema.graphql")).exists();
        assertThat(inApp("history", "--json")).isZero();
        JsonNode history = JSON.readTree(out.toString());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("author").asText()).isEqualTo("human:ada");
    }

    @Test
    void proposalIsListedShownValidatedAndApprovedByAnotherHuman() throws IOException {
        String id = proposeByAgent();
        assertThat(id).isEqualTo("p1");
        assertThat(inApp("validate", id)).isZero();
        assertThat(out.toString()).contains("diagnostics: pass", "semantic-diff", "policy: pass");
        // Harper's terms were never accepted for this home's shadow: the step says so instead of running
        assertThat(out.toString()).contains("shadow-deploy: skipped", "    skipped: ");
        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "human:ada", "--comment", "ok"))
                .isZero();
        assertThat(inApp("proposals", "show", id, "--json")).isZero();
        JsonNode shown = JSON.readTree(out.toString());
        assertThat(shown.path("state").asText()).isEqualTo("APPROVED");
        assertThat(shown.path("author").asText()).isEqualTo("agent:bot");
        // the built-in steps (the shadow deploy last), then the bundled plugin validator's (docs/plugins.md)
        assertThat(shown.path("validation"))
                .extracting(step -> step.path("name").asText())
                .containsExactly("diagnostics", "semantic-diff", "policy", "shadow-deploy", "plugin:migration-note");
        assertThat(inApp("proposals", "show", id)).isZero();
        assertThat(out.toString()).contains("Approved by human:ada", "+    return { status: 'v2' };");
        assertThat(inApp("proposals", "list")).isZero();
        assertThat(out.toString()).contains("p1", "approved");
    }

    @Test
    void historyComparesTwoVersions() throws IOException {
        Files.writeString(app.resolve("config.yaml"), "rest: true\n");
        try (var git = dev.pilothouse.workspace.versioning.Versioning.open(app)) {
            git.commitWorkingTree("edit", dev.pilothouse.workspace.Identity.parse("human:ada"));
        }
        assertThat(inApp("history", "--diff", "main~1", "main")).isZero();
        assertThat(out.toString()).contains("config.yaml", "-graphqlSchema:");
        assertThat(inApp("history", "--diff", "deploy/7", "main")).isEqualTo(3);
        assertThat(err.toString()).contains("unknown-version");
    }

    @Test
    void refusalsExitNonZeroNamingTheRule() throws IOException {
        String id = proposeByAgent();
        assertThat(inApp("validate", id)).isZero();
        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "agent:bot"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("refused by rule humans-only");
        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "robot:x"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("identity-format");
        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "human:ada"))
                .isZero();
        assertThat(inApp("deploy", id, "--as", "human:ada")).isEqualTo(3);
        assertThat(err.toString()).contains("refused by rule runtime-required");
        assertThat(inApp("deploy", "--head", "--as", "agent:bot")).isEqualTo(3);
        assertThat(err.toString()).contains("humans-only");
    }

    @Test
    void policyChangesAreShownAndAudited() {
        assertThat(inApp("policy", "protect", "Item.quantity", "--as", "human:ada"))
                .isZero();
        assertThat(inApp("policy", "show")).isZero();
        assertThat(out.toString()).contains("Item.quantity");
        assertThat(inApp("policy", "unprotect", "Item.quantity", "--as", "agent:bot"))
                .isEqualTo(3);
        assertThat(inApp("audit", "tail", "--json")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4); // ada's registration, her request and the protection, the agent's refusal
        assertThat(lines.get(1)).contains("\"action\" : \"request.filed\"", "changed by a lone admin");
        assertThat(lines.get(2)).contains("\"action\" : \"policy.protect\"");
        assertThat(lines.get(3)).contains("\"action\" : \"policy.unprotect.refused\"");
    }

    @Test
    void policySetChangesSettingsInOneAuditedEntryAndABadValueNamesItsOption() {
        assertThat(inApp("policy", "set", "--breaking-approvals", "0", "--as", "human:ada"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--breaking-approvals: must be at least 1, was 0");
        assertThat(inApp("policy", "set", "--shadow-deploy", "sometimes", "--as", "human:ada"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--shadow-deploy: ", "auto, off or required", "'sometimes'");
        assertThat(inApp("policy", "set", "--as", "human:ada")).isEqualTo(1);
        assertThat(err.toString()).contains("at least one setting");
        assertThat(inApp("policy", "set", "--max-open-proposals-per-agent", "0", "--as", "human:ada"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--max-open-proposals-per-agent: must be at least 1, was 0");
        assertThat(inApp("policy", "set", "--breaking-approvals", "3", "--as", "agent:bot"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("refused by rule humans-only");

        assertThat(inApp(
                        "policy",
                        "set",
                        "--breaking-approvals",
                        "1",
                        "--approval-expiry-hours",
                        "4",
                        "--shadow-deploy",
                        "off",
                        "--max-open-proposals-per-agent",
                        "5",
                        "--as",
                        "human:ada"))
                .as(err.toString())
                .isZero();

        assertThat(inApp("policy", "show")).isZero();
        assertThat(out.toString())
                .contains(
                        "Breaking changes:  1 approvers",
                        "after PT4H",
                        "Shadow deploy:     off",
                        "Agent proposals:   at most 5 open per agent");
        assertThat(inApp("audit", "tail", "--json")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4); // ada's registration, the agent's refused attempt, the request, the change
        assertThat(lines.get(1)).contains("\"action\" : \"policy.update.refused\"", "humans-only");
        assertThat(lines.get(2)).contains("\"action\" : \"request.filed\"");
        assertThat(lines.get(3))
                .contains(
                        "\"action\" : \"policy.update\"",
                        "human:ada",
                        "breakingApprovals",
                        "shadowDeploy",
                        "maxOpenProposalsPerAgent");
    }

    @Test
    void auditVerifyNamesTheFirstTamperedEntry() throws IOException {
        proposeByAgent();
        assertThat(inApp("audit", "verify")).isZero();
        assertThat(inApp("audit", "path")).isZero();
        Path log = Path.of(out.toString().strip());
        Files.writeString(log, Files.readString(log).replace("agent:bot", "agent:someone-else"));
        assertThat(inApp("audit", "verify")).isEqualTo(5);
        assertThat(err.toString()).contains("entry 2");
    }
}
