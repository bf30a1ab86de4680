package dev.pilothouse.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bubblewrap command line that confines code no human has approved: a new namespace for everything (network
 * included, so only the sandbox's own loopback exists), all capabilities dropped, an empty environment, the system's
 * programs and libraries read-only, an empty {@code /tmp} and {@code /root}, and writes only to the one scratch
 * folder bound at {@link #SCRATCH}. The console's home, the workspace and the user's home are simply not there.
 */
public final class Bubblewrap {

    /** Where the scratch folder appears inside the sandbox. */
    public static final String SCRATCH = "/shadow";
    /** Where the folder for the console's Unix sockets appears inside the sandbox. */
    public static final String SOCKETS = "/sockets";
    /** Where the console's launcher appears inside the sandbox, read-only. */
    public static final String LAUNCHER = "/pilothouse/launch.js";

    private static final List<String> ETC_FILES =
            List.of("/etc/hosts", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime");

    private final Path executable;

    private Bubblewrap(Path executable) {
        this.executable = executable;
    }

    /** The installed {@code bwrap} when it can really build a sandbox here, else why not. */
    public static Probe probe() {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(":")).stream())
                .map(dir -> Path.of(dir, "bwrap"))
                .filter(Files::isExecutable)
                .findFirst()
                .or(() -> Optional.of(Path.of("/usr/bin/bwrap")).filter(Files::isExecutable));
        if (found.isEmpty()) {
            return new Probe(
                    Optional.empty(),
                    "bubblewrap (bwrap) is not installed: on Debian or Ubuntu, " + "apt-get install bubblewrap");
        }
        Bubblewrap bwrap = new Bubblewrap(found.get());
        try {
            Process process = new ProcessBuilder(bwrap.trialCommand())
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probe(Optional.empty(), "bubblewrap did not finish a trial sandbox within 10 s");
            }
            String output = new String(process.getInputStream().readAllBytes()).strip();
            return process.exitValue() == 0
                    ? new Probe(Optional.of(bwrap), "bubblewrap " + found.get())
                    : new Probe(
                            Optional.empty(),
                            "bubblewrap cannot create a sandbox here (exit " + process.exitValue() + "): " + output);
        } catch (IOException e) {
            return new Probe(Optional.empty(), "bubblewrap could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(Optional.empty(), "interrupted while trying bubblewrap");
        }
    }

    /** A usable bubblewrap, or the reason there is none. */
    public record Probe(Optional<Bubblewrap> bubblewrap, String description) {}

    private List<String> trialCommand() {
        List<String> command = new ArrayList<>(
                List.of(executable.toString(), "--unshare-all", "--die-with-parent", "--cap-drop", "ALL"));
        command.addAll(systemBinds());
        command.addAll(List.of("--clearenv", "/usr/bin/true"));
        return command;
    }

    /**
     * The whole command: {@code readOnly} paths appear at the same place inside, {@code launcher} at
     * {@link #LAUNCHER}, {@code env} is the complete environment, and {@code scratch} (at {@link #SCRATCH}) and
     * {@code sockets} (at {@link #SOCKETS}) are the only writable folders.
     */
    public List<String> arguments(
            Path scratch, Path sockets, List<Path> readOnly, Path launcher, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(
                executable.toString(), "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"));
        command.addAll(systemBinds());
        command.addAll(List.of(
                "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--tmpfs", "/root", "--tmpfs", "/home", "--dir",
                "/run"));
        for (Path path : readOnly) {
            command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        command.addAll(List.of("--ro-bind", launcher.toString(), LAUNCHER, "--bind", sockets.toString(), SOCKETS));
        command.addAll(List.of("--bind", scratch.toString(), SCRATCH, "--chdir", SCRATCH, "--clearenv"));
        env.forEach((key, value) -> command.addAll(List.of("--setenv", key, value)));
        return command;
    }

    /** The system's programs and libraries, read-only; on merged-/usr systems the top-level links to them. */
    private static List<String> systemBinds() {
        List<String> out = new ArrayList<>(List.of("--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path path = Path.of(top);
            try {
                if (Files.isSymbolicLink(path)) {
                    out.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), top));
                } else if (Files.isDirectory(path)) {
                    out.addAll(List.of("--ro-bind", top, top));
                }
            } catch (IOException e) {
                // an unreadable link is left out: the sandbox then lacks it, which fails closed
            }
        }
        for (String file : ETC_FILES) {
            if (Files.exists(Path.of(file))) {
                out.addAll(List.of("--ro-bind", file, file));
            }
        }
        return out;
    }
}
