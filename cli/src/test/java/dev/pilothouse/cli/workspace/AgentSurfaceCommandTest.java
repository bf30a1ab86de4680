package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agents show NAME --surface}: the agent's tools, the data it gets after protection, what it may propose. */
class AgentSurfaceCommandTest {

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
        assertThat(run("humans", "add", "ada")).isZero();
        assertThat(run("policy", "protect", "Item.quantity", "--workspace", app.toString()))
                .isZero();
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    @Test
    void aReadOnlyAgentSeesTheReadToolsAndTheProtectedAttributeRedacted() {
        assertThat(run("agents", "add", "looker", "--scopes", "read", "--home", home()))
                .isZero();

        assertThat(run("agents", "show", "looker", "--surface", "--home", home(), "--workspace", app.toString()))
                .as(err.toString())
                .isZero();

        assertThat(out.toString())
                .contains("query_table (read)", "describe_app (read)")
                .doesNotContain("propose_change")
                .contains("quantity: [redacted: protected by policy]")
                .contains("Could propose: nothing");
    }

    @Test
    void proposedScopesShowWhatTheAgentCouldProposeBeforeAnyTokenExists() {
        assertThat(run(
                        "agents",
                        "show",
                        "writer",
                        "--surface",
                        "--scopes",
                        "read,propose",
                        "--home",
                        home(),
                        "--workspace",
                        app.toString()))
                .as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("propose_change (propose)", "Could propose: schema.graphql");
        assertThat(run("agents", "show", "nobody", "--surface", "--home", home()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no active agent named 'nobody'");
    }

    private String home() {
        return tmp.resolve("home").toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
