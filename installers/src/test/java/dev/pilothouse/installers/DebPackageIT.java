package dev.pilothouse.installers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.installers.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb unpacked into a scratch root (dpkg-deb -x, no installation) runs, and declares GTK. */
class DebPackageIT {

    private final Path dist = Processes.property("installers.dist");

    @TempDir
    Path root;

    private Path deb() throws Exception {
        try (Stream<Path> files = Files.list(dist)) {
            List<Path> debs = files.filter(f -> f.toString().endsWith(".deb")).toList();
            assertThat(debs).as("one .deb in " + dist).hasSize(1);
            return debs.get(0);
        }
    }

    @Test
    void unpackedLauncherPrintsTheVersionAndOffersRuntimeStart() throws Exception {
        Path deb = deb();
        Result unpack = Processes.run(
                root.resolve("home"),
                List.of("dpkg-deb", "-x", deb.toString(), root.resolve("fs").toString()));
        assertThat(unpack.exitCode()).as(unpack.output()).isZero();
        String launcher = root.resolve("fs/opt/pilothouse/bin/pilothouse").toString();

        Result version = Processes.run(root.resolve("home"), List.of(launcher, "--version"));
        Result help = Processes.run(root.resolve("home"), List.of(launcher, "runtime", "start", "--help"));

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("Pilothouse " + System.getProperty("pilothouse.expectedVersion"));
        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(root.resolve("fs/opt/pilothouse/bin/pilothouse-desktop")).isExecutable();
    }

    @Test
    void declaresGtkAndTheLauncherDesktopEntry() throws Exception {
        Path deb = deb();
        Result depends = Processes.run(root.resolve("home"), List.of("dpkg-deb", "-f", deb.toString(), "Depends"));
        Result contents = Processes.run(root.resolve("home"), List.of("dpkg-deb", "-c", deb.toString()));

        assertThat(depends.output()).contains("libgtk-3-0 | libgtk-3-0t64", "bubblewrap");
        assertThat(contents.output()).contains("/opt/pilothouse/lib/app/", ".desktop");
    }

    @Test
    void everyArtifactHasAMatchingSha256File() throws Exception {
        try (Stream<Path> files = Files.list(dist)) {
            List<Path> artifacts =
                    files.filter(f -> !f.toString().endsWith(".sha256")).toList();
            assertThat(artifacts).hasSize(3);
            for (Path a : artifacts) {
                Result check = Processes.run(
                        root.resolve("home"),
                        List.of("bash", "-c", "cd '" + dist + "' && sha256sum -c '" + a.getFileName() + ".sha256'"));
                assertThat(check.exitCode()).as(check.output()).isZero();
            }
        }
    }
}
