package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlCharactersAndBidiOverridesArePrintedAsEscapesNotActedOn() {
        StringWriter sink = new StringWriter();
        PrintWriter out = TerminalText.writer(sink);

        // erase the line and go back to its start, then a right-to-left override: both would hide what follows
        out.println("ok\u001b[2K\rrm -rf / \u202eevil\u202c");
        out.print('\u0007');
        out.print("tab\there é 漢字");
        out.flush();

        assertThat(sink.toString())
                .isEqualTo("ok\\x1b[2K\\rrm -rf / \\u202eevil\\u202c" + System.lineSeparator() + "\\x07tab\there é 漢字");
        assertThat(sink.toString()).doesNotContain("\u001b", "\r", "\u202e", "\u0007");
    }

    @Test
    void whatACommandPrintsGoesThroughTheFilter() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "schema",
                "check",
                "/no/such/\u001b[31mfile\u001b[0m.graphql");

        assertThat(out.toString() + err.toString()).contains("\\x1b[31mfile").doesNotContain("\u001b");
    }
}
