package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.security.auth.module.UnixSystem;
import dev.pilothouse.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A human is whoever the calling OS account is registered as: {@code --as} cannot name anyone else, and nothing
 * deploys without a second person unless solo mode is on.
 */
class ProvedIdentityCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A second account every Debian-like system has (CI runs the tests as root). */
    private static final String OTHER_ACCOUNT = "nobody";

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
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    @Test
    void asNamingAHumanOfAnotherAccountIsRefusedAndChangesNothing() throws IOException {
        assertThat(run("humans", "add", "ada")).as(err.toString()).isZero();
        assertThat(run("humans", "add", "bob", "--os-account", OTHER_ACCOUNT))
                .as(err.toString())
                .isZero();
        String id = proposeByAgent();
        assertThat(inApp("validate", id)).isZero();

        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "human:bob"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("account-is-someone-else", "registered as human:ada");
        assertThat(inApp("policy", "protect", "Item", "--as", "human:bob")).isEqualTo(3);

        assertThat(inApp("proposals", "show", id, "--json")).isZero();
        JsonNode shown = JSON.readTree(out.toString());
        assertThat(shown.path("state").asText()).isEqualTo("VALIDATED");
        assertThat(shown.path("approvals")).isEmpty();
        assertThat(inApp("policy", "show", "--json")).isZero();
        assertThat(JSON.readTree(out.toString()).path("protectedPrimitives")).isEmpty();
        List<JsonNode> audit = audit();
        assertThat(audit.get(audit.size() - 2).path("action").asText()).isEqualTo("approval.refused");
        assertThat(audit.get(audit.size() - 2).path("actor").asText()).isEqualTo("human:bob");
        assertThat(audit.getLast().path("action").asText()).isEqualTo("policy.protect.refused");

        assertThat(inApp("approve", "--acknowledge-skipped", id))
                .as(err.toString())
                .isZero(); // --as omitted: the account's human
        assertThat(audit().getLast().path("actor").asText()).isEqualTo("human:ada");
    }

    @Test
    void anUnregisteredAccountIsRefusedAndToldHowToRegister() throws IOException {
        String id = proposeByAgent();
        assertThat(inApp("validate", id)).isZero();

        assertThat(inApp("approve", "--acknowledge-skipped", id, "--as", "human:ada"))
                .isEqualTo(3);

        assertThat(err.toString()).contains("unregistered-account", "pilothouse humans add");
        assertThat(audit().getLast().path("action").asText()).isEqualTo("approval.refused");
        assertThat(inApp("rollback")).isEqualTo(3);
        assertThat(inApp("policy", "set", "--solo-mode", "on")).isEqualTo(3);
    }

    @Test
    void oneAccountIsOneHumanAndNobodyChangesTheirOwnRoles() throws IOException {
        assertThat(run("humans", "add", "ada")).isZero();
        String uid = Long.toString(new UnixSystem().getUid());

        assertThat(run("humans", "add", "ada2", "--os-account", uid)).isEqualTo(3);
        assertThat(err.toString()).contains("one-human-per-account");
        assertThat(run("humans", "roles", "ada", "--roles", "approver")).isEqualTo(3);
        assertThat(err.toString()).contains("no-self-role-change");
        assertThat(run("humans", "remove", "ada")).isEqualTo(3);

        assertThat(run("humans", "list", "--json")).isZero();
        JsonNode humans = JSON.readTree(out.toString());
        assertThat(humans).hasSize(1);
        assertThat(humans.get(0).path("name").asText()).isEqualTo("ada");
        assertThat(humans.get(0).path("roles")).extracting(JsonNode::asText).containsExactly("ADMIN", "APPROVER");
        assertThat(Files.getPosixFilePermissions(tmp.resolve("home").resolve("humans.json")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void deployHeadOutsideSoloModeIsRefusedAndCommitsNothing() throws IOException {
        assertThat(run("humans", "add", "ada")).isZero();
        // an app change a proposal may carry (a config.yaml boundary key would be refused as protected)
        Files.writeString(
                app.resolve("resources.js"),
                "// edited in place\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        assertThat(inApp("deploy", "--head")).isEqualTo(3);

        assertThat(err.toString()).contains("no-deploy-without-approval", "propose --working-tree");
        assertThat(inApp("history", "--json")).isZero();
        assertThat(JSON.readTree(out.toString())).hasSize(1);
        assertThat(audit().getLast().path("action").asText()).isEqualTo("deploy-head.refused");
        assertThat(audit().getLast()
                        .path("details")
                        .path("proof")
                        .path("method")
                        .asText())
                .isEqualTo("os-account");

        assertThat(inApp("propose", "--working-tree", "--author", "human:bob", "-m", "as someone else"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("account-is-someone-else");
        assertThat(inApp("propose", "--working-tree", "--author", "human:ada", "-m", "edited in place"))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("p1");
    }

    @Test
    void soloModeIsAuditedWarnedAboutAndDeployHeadShowsOnlyTheAppFiles() throws IOException {
        assertThat(run("humans", "add", "ada")).isZero();
        assertThat(inApp("policy", "set", "--solo-mode", "on"))
                .as(err.toString())
                .isZero();
        assertThat(audit().getLast().path("details").path("soloMode").asText()).isEqualTo("false -> true");
        assertThat(audit().getLast()
                        .path("details")
                        .path("proof")
                        .path("detail")
                        .asText())
                .startsWith("uid=");
        Files.writeString(app.resolve("config.yaml"), "rest: true\n");
        Files.writeString(app.resolve("stray.txt"), "left by an agent\n");

        assertThat(inApp("policy", "show")).isZero();
        assertThat(err.toString()).contains("solo mode is on: changes deploy without a second person");
        assertThat(out.toString()).contains("Solo mode:         on");
        // no runtime given: it stops there, after showing what it would have committed
        assertThat(inApp("deploy", "--head")).isEqualTo(3);
        assertThat(out.toString()).contains("config.yaml", "-graphqlSchema:").doesNotContain("stray");
        assertThat(err.toString()).contains("solo mode is on", "runtime-required");

        assertThat(inApp("policy", "set", "--solo-mode", "off")).isZero();
        assertThat(inApp("policy", "show")).isZero();
        assertThat(err.toString()).doesNotContain("solo mode is on");
    }

    private String proposeByAgent() throws IOException {
        Path from = Files.createDirectories(tmp.resolve("draft"));
        Files.writeString(
                from.resolve("resources.js"),
                "import { Resource } from 'harperdb';\n"
                        + "export class Status extends Resource {\n  static loadAsInstance = false;\n\n  get(target) {\n"
                        + "    return { status: 'v2' };\n  }\n}\n");
        assertThat(inApp("propose", "--from", from.toString(), "--author", "agent:bot", "--message", "v2", "--json"))
                .isZero();
        return JSON.readTree(out.toString()).path("id").asText();
    }

    private List<JsonNode> audit() throws IOException {
        Path log = tmp.resolve("home").resolve("audit").resolve("audit.jsonl");
        return Files.readAllLines(log).stream()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
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
}
