package dev.pilothouse.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Option handling only; serving the console is covered end to end in console-web (WebConsoleIT). */
class WebCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("web", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--workspace", "--attach", "/setup");
    }

    @Test
    void attachWithoutCredentialsIsAUsageError() {
        assertThat(run("web", "--port", "0", "--attach", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err.toString()).contains("--attach needs --user and --password-file");
    }
}
