package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class VersionCommandTest {

    @Test
    void versionPrintsTheProjectVersionMavenFilteredIn() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--version");

        assertThat(code).isZero();
        assertThat(out.toString())
                .startsWith("Pilothouse " + System.getProperty("pilothouse.expectedVersion"))
                .containsPattern("^Pilothouse \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R")
                .contains("Java " + Runtime.version().feature());
    }

    @Test
    void commandsDeclaredWithoutStandardOptionsStillAnswerHelp() {
        StringWriter out = new StringWriter();

        int code = Main.run(
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "runtime", "start", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: pilothouse runtime start", "--accept-harper-terms");
    }
}
