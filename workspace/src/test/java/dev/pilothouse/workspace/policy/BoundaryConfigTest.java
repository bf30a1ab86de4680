package dev.pilothouse.workspace.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.policy.BoundaryConfig.Change;
import org.junit.jupiter.api.Test;

/** Which config.yaml changes reach the boundary, compared as parsed values, each with its line. */
class BoundaryConfigTest {

    private static final String STARTER =
            "rest: true\ngraphqlSchema:\n  files: 'schema.graphql'\n" + "jsResource:\n  files: 'resources.js'\n";

    @Test
    void changingAnExposureKeyIsFoundAtItsLine() {
        String after = STARTER + "static:\n  files: 'web/**'\n";
        assertThat(BoundaryConfig.changes(STARTER, after)).containsExactly(new Change("static", 6, "adds"));
        assertThat(BoundaryConfig.changes(STARTER, STARTER.replace("rest: true", "rest:\n  lastModified: true")))
                .extracting(Change::key, Change::line, Change::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rest", 1, "changes"));
    }

    @Test
    void removingAKeyNamesTheLineItWasOn() {
        assertThat(BoundaryConfig.changes(STARTER, "graphqlSchema:\n  files: 'schema.graphql'\n"))
                .containsExactly(new Change("rest", 1, "removes"), new Change("jsResource", 4, "removes"));
    }

    @Test
    void commentsLayoutAndLoggingAreNoBoundaryChange() {
        String after = "# the app's plugins\nrest:   true\ngraphqlSchema: { files: 'schema.graphql' }\n"
                + "jsResource:\n  files: \"resources.js\"\nlogging:\n  level: debug\n";
        assertThat(BoundaryConfig.changes(STARTER, after)).isEmpty();
    }

    @Test
    void aRepeatedKeyIsAChangeEvenWhenTheLastValueIsTheSame() {
        String after = "rest: false\n" + STARTER;
        assertThat(BoundaryConfig.changes(STARTER, after))
                .extracting(Change::key)
                .containsExactly("rest");
    }

    @Test
    void anUnknownPluginKeyCountsAndAnUnreadableFileCountsWhole() {
        assertThat(BoundaryConfig.changes(STARTER, STARTER + "my-plugin:\n  package: 'evil'\n"))
                .extracting(Change::key)
                .containsExactly("my-plugin");
        assertThat(BoundaryConfig.changes(STARTER, "rest: [\n"))
                .extracting(Change::key)
                .containsExactly("(the whole file)");
    }
}
