package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fresh-machine path: installs the pinned Harper into an empty cache folder and runs it. Opt-in (it downloads
 * about 140 MB unless npm's own cache is warm):
 * {@code ./mvnw -B -pl runtime-bridge -am verify -Dtest=FreshInstallIT -Dpilothouse.freshInstall=true}.
 */
@EnabledIfSystemProperty(named = "pilothouse.freshInstall", matches = "true")
class FreshInstallIT {

    @TempDir
    Path cache;

    @Test
    void installsThePinnedHarperIntoAnEmptyCacheAndItRuns() throws Exception {
        HarperInstaller installer =
                new HarperInstaller(cache.resolve("pilothouse/harper/" + HarperInstaller.HARPER_VERSION));
        assertThat(installer.isInstalled()).isFalse();
        List<String> progress = new ArrayList<>();

        Instant start = Instant.now();
        Path entry = installer.ensureInstalled(progress::add);
        Duration took = Duration.between(start, Instant.now());

        System.out.println("fresh install took " + took.toMillis() + " ms");
        assertThat(installer.isInstalled()).isTrue();
        assertThat(entry).isRegularFile();
        assertThat(progress)
                .anyMatch(l -> l.startsWith("Installing harperdb@"))
                .anyMatch(l -> l.startsWith("Installed"));
        try (var siblings = Files.list(installer.cacheDir().getParent())) {
            assertThat(siblings).noneMatch(p -> p.getFileName().toString().contains(".installing-"));
        }
        Process version = new ProcessBuilder("node", entry.toString(), "version")
                .redirectErrorStream(true)
                .start();
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(version.getInputStream().readAllBytes()).strip())
                .endsWith(HarperInstaller.HARPER_VERSION);
        // a second call finds it and does not run npm again
        List<String> again = new ArrayList<>();
        installer.ensureInstalled(again::add);
        assertThat(again).singleElement().asString().contains("already installed");
    }
}
