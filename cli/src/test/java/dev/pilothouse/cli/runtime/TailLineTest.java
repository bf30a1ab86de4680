package dev.pilothouse.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.workspace.Json;
import org.junit.jupiter.api.Test;

class TailLineTest {

    private static String json(double version) throws Exception {
        LiveEvent.Change change = new LiveEvent.Change(
                LiveEvent.Kind.PUT,
                "/Van/",
                "v1",
                JsonNodeFactory.instance.objectNode().put("plate", "AB-1"),
                version,
                version,
                false,
                40);
        return Json.COMPACT.writeValueAsString(TailCommand.line(change));
    }

    @Test
    void versionsPrintAsHarperWroteThemNotInScientificNotation() throws Exception {
        assertThat(json(1796657265967.595))
                .contains("\"version\":1796657265967.595")
                .doesNotContain("E12");
        assertThat(json(1796657265900.0)).contains("\"version\":1796657265900").doesNotContain("E+");
    }
}
