package dev.pilothouse.workspace.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageManifestTest {

    private static final String BASE = "{\n  \"name\": \"app\",\n  \"type\": \"module\",\n  \"private\": true\n}\n";

    @Test
    void metadataAndLayoutAloneAreNoChange() {
        String reformatted = "{\"name\":\"renamed\",\"type\":\"module\",\"private\":true,\"version\":\"2.0.0\"}";
        assertThat(PackageManifest.changes(BASE, reformatted)).isEmpty();
    }

    @Test
    void codeBearingKeysAreReportedWithTheirLines() {
        String after = "{\n  \"name\": \"app\",\n  \"type\": \"commonjs\",\n  \"private\": true,\n"
                + "  \"overrides\": {\"x\": \"1\"}\n}\n";
        assertThat(PackageManifest.changes(BASE, after))
                .containsExactly(
                        new PackageManifest.Change("type", 3, "changes"),
                        new PackageManifest.Change("overrides", 5, "adds"));
        assertThat(PackageManifest.changes(after, BASE))
                .contains(new PackageManifest.Change("overrides", 5, "removes"));
    }

    @Test
    void aFileThatAppearsCountsKeyByKeyAndAnUnreadableOneCountsWhole() {
        assertThat(PackageManifest.changes(null, "{\"name\":\"a\",\"exports\":\"./x.js\"}"))
                .extracting(PackageManifest.Change::key)
                .containsExactly("exports");
        assertThat(PackageManifest.changes(BASE, "[1, 2]"))
                .extracting(PackageManifest.Change::key)
                .containsExactly("(the whole file)");
    }

    @Test
    void problemsNameLineAndColumn() {
        List<PackageManifest.Problem> broken = PackageManifest.problems("{\n  \"name\": \"a\",\n  oops\n}");
        assertThat(broken).singleElement().satisfies(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(PackageManifest.problems("{\"name\": \"a\",\n\"type\": \"commonjs\"}"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.error()).isFalse();
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("CommonJS");
                });
        assertThat(PackageManifest.problems(BASE)).isEmpty();
    }
}
