package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs the pinned {@code harperdb} with the machine's npm into a per-user cache
 * ({@code ~/.cache/pilothouse/harper/<version>}) when it is absent. The install goes to a staging folder first and is
 * moved into place only when complete, so an interrupted install is never mistaken for a good one.
 */
public final class HarperInstaller {

    public static final String HARPER_VERSION = "4.7.29";
    static final int MIN_NODE_MAJOR = 20;
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");

    private final Path cacheDir;
    private final CommandRunner runner;

    public HarperInstaller(Path cacheDir) {
        this(cacheDir, new CommandRunner());
    }

    HarperInstaller(Path cacheDir, CommandRunner runner) {
        this.cacheDir = cacheDir;
        this.runner = runner;
    }

    /** The default cache: {@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@code pilothouse/harper/<version>}. */
    public static HarperInstaller forCurrentUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new HarperInstaller(base.resolve("pilothouse").resolve("harper").resolve(HARPER_VERSION));
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /** The Harper entry script inside the cache. */
    public Path entryScript() {
        return cacheDir.resolve("node_modules/harperdb/bin/harperdb.js");
    }

    public boolean isInstalled() {
        return Files.isRegularFile(entryScript());
    }

    /** Checks Node, installs when absent, and returns the entry script. */
    public Path ensureInstalled(InstallListener listener) {
        checkNode();
        if (isInstalled()) {
            listener.progress("Harper " + HARPER_VERSION + " already installed in " + cacheDir);
            return entryScript();
        }
        checkNpm();
        Path staging = cacheDir.resolveSibling(cacheDir.getFileName() + ".installing-"
                + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            listener.progress("Installing harperdb@" + HARPER_VERSION + " with npm into " + cacheDir + " ...");
            CommandRunner.Result result = runner.run(
                    List.of(
                            "npm",
                            "install",
                            "--prefix",
                            staging.toString(),
                            "harperdb@" + HARPER_VERSION,
                            "--no-audit",
                            "--no-fund",
                            "--loglevel=http"),
                    staging,
                    NPM_TIMEOUT,
                    listener::progress);
            if (result.exitCode() != 0) {
                throw new RuntimeSetupException(explainNpmFailure(result.output()));
            }
            Files.createDirectories(cacheDir.getParent());
            Files.move(staging, cacheDir, StandardCopyOption.ATOMIC_MOVE);
            listener.progress("Installed Harper " + HARPER_VERSION + " in " + cacheDir);
            return entryScript();
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not install Harper into " + cacheDir + ": " + e.getMessage(), e);
        } finally {
            CommandRunner.deleteQuietly(staging);
        }
    }

    void checkNode() {
        String version = versionOf("node", "Node.js " + MIN_NODE_MAJOR + " or newer is required to run Harper");
        Matcher m = NODE_VERSION.matcher(version);
        if (!m.find() || Integer.parseInt(m.group(1)) < MIN_NODE_MAJOR) {
            throw new RuntimeSetupException("Node.js " + version + " is too old: Harper " + HARPER_VERSION
                    + " needs Node.js " + MIN_NODE_MAJOR + " or newer");
        }
    }

    private void checkNpm() {
        versionOf("npm", "npm is required to install Harper (it ships with Node.js)");
    }

    private String versionOf(String tool, String hint) {
        try {
            CommandRunner.Result result =
                    runner.run(List.of(tool, "--version"), cacheDir.getRoot(), Duration.ofSeconds(30), line -> {});
            if (result.exitCode() != 0) {
                throw new RuntimeSetupException("'" + tool + " --version' failed (exit " + result.exitCode() + "): "
                        + result.output().strip() + ". " + hint);
            }
            return result.output().strip();
        } catch (IOException e) {
            throw new RuntimeSetupException("'" + tool + "' was not found on the PATH. " + hint, e);
        }
    }

    static String explainNpmFailure(String output) {
        String tail = CommandRunner.tail(output, 12);
        if (output.matches("(?s).*(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network).*")) {
            return "The npm registry could not be reached while installing harperdb@" + HARPER_VERSION
                    + " (check the network or npm's registry setting):\n" + tail;
        }
        return "npm install harperdb@" + HARPER_VERSION + " failed:\n" + tail;
    }
}
