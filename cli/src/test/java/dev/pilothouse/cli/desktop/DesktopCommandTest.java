package dev.pilothouse.cli.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop command's arguments; launching the window itself is covered by console-desktop's UI tests. */
class DesktopCommandTest {

    @Test
    void helpListsWorkspaceAttachAndTerms() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "desktop", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--workspace", "--attach", "--accept-harper-terms", "--no-runtime");
    }

    @Test
    void aFileAsWorkspaceIsRefusedBeforeAnyWindowOpens(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.graphql"), "type A { id: ID }");
        assertThat(Main.run("desktop", "--workspace", file.toString())).isEqualTo(2);
    }

    @Test
    void attachWithoutPasswordIsRefused(@TempDir Path dir) {
        assertThat(Main.run("desktop", "--workspace", dir.toString(), "--attach", "http://127.0.0.1:9925"))
                .isEqualTo(2);
    }
}
