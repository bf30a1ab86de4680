package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.Bubblewrap;
import dev.pilothouse.runtime.internal.CommandRunner;
import dev.pilothouse.runtime.internal.NodeLauncher;
import dev.pilothouse.runtime.internal.Pause;
import dev.pilothouse.runtime.internal.RuntimeFiles;
import dev.pilothouse.runtime.internal.SocketForwarder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Harper that runs code no human has approved, inside a bubblewrap sandbox: it sees the system's programs,
 * Harper's installation and its own scratch folder, nothing else; it writes only the scratch folder; it has no
 * network but its own loopback. The console reaches its operations API and HTTP port through two Unix sockets in a
 * short owner-only folder (a socket's path may not exceed 107 bytes), offered on the console's side as loopback
 * ports. Everything the console relies on (credentials,
 * the process, the launcher, Harper's output) stays outside the scratch folder, which is emptied at every start.
 */
public final class ConfinedRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfinedRuntime.class);
    private static final int OPERATIONS_PORT = 9925;
    private static final int HTTP_PORT = 9926;
    private static final String HOST = "127.0.0.1";

    private final Path dir;
    private final HarperInstaller installer;
    private final RuntimeFiles control;
    private Process process;
    private Path sockets;
    private List<SocketForwarder> forwarders = List.of();
    private RuntimeNode node;

    /**
     * {@code dir} holds the console's side (credentials, the record of Harper's terms, the launcher, Harper's
     * output) and {@code scratch/}, all the sandbox may write.
     */
    public ConfinedRuntime(Path dir, HarperInstaller installer) {
        this.dir = dir.toAbsolutePath().normalize();
        this.installer = installer;
        this.control = new RuntimeFiles(this.dir);
    }

    /** Why no sandbox can be built on this machine, when none can. */
    public static Optional<String> unavailable() {
        Bubblewrap.Probe probe = Bubblewrap.probe();
        return probe.bubblewrap().isPresent() ? Optional.empty() : Optional.of(probe.description());
    }

    public Path dir() {
        return dir;
    }

    public Path scratch() {
        return dir.resolve("scratch");
    }

    /** Harper's output, as the launcher printed it (kept on the console's side). */
    public Path output() {
        return control.dir().resolve("harper.out");
    }

    public boolean termsAccepted() {
        return control.termsAccepted();
    }

    /** Records that a person accepted Harper's terms for this runtime. */
    public void acceptTerms() {
        control.recordTermsAccepted();
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts a fresh sandboxed Harper (an empty scratch folder) and waits until it answers. */
    public synchronized RuntimeNode start(boolean acceptHarperTerms, Duration timeout) {
        if (acceptHarperTerms) {
            control.recordTermsAccepted();
        } else if (!control.termsAccepted()) {
            throw new RuntimeSetupException("Harper's terms must be accepted before Pilothouse starts a confined "
                    + "Harper for validation: see https://harperdb.io/legal/end-user-license-agreement");
        }
        Bubblewrap bwrap = Bubblewrap.probe().bubblewrap()
                .orElseThrow(() -> new RuntimeSetupException(unavailable().orElse("no sandbox")));
        Path entry = installer.ensureInstalled(InstallListener.NONE);
        stop();
        Credentials.Basic admin = control.credentials();
        Path scratch = freshScratch();
        Path launcher = writeLauncher();
        sockets = socketFolder();
        List<String> command = new ArrayList<>(bwrap.arguments(scratch, sockets, List.of(installer.cacheDir()),
                launcher, environment(admin)));
        command.addAll(List.of("/usr/bin/node", Bubblewrap.LAUNCHER, entry.toString(),
                Bubblewrap.SOCKETS + "/ops.sock=" + OPERATIONS_PORT, Bubblewrap.SOCKETS + "/http.sock=" + HTTP_PORT));
        try {
            process = new ProcessBuilder(command).directory(control.dir().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()))
                    .start();
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not start the sandbox (" + command.get(0) + "): "
                    + e.getMessage(), e);
        }
        SocketForwarder operations = new SocketForwarder(sockets.resolve("ops.sock"));
        SocketForwarder http = new SocketForwarder(sockets.resolve("http.sock"));
        forwarders = List.of(operations, http);
        node = new RuntimeNode("confined", HOST, URI.create("http://" + HOST + ":" + operations.port() + "/"),
                URI.create("http://" + HOST + ":" + http.port() + "/"), 0, 0, process.pid(),
                control.credentialsFile(), scratch.resolve("hdb"));
        awaitReady(timeout);
        LOG.info("confined Harper ready at {} (sandbox pid {})", node.operationsUrl(), process.pid());
        return node;
    }

    public synchronized RuntimeNode node() {
        if (!running()) {
            throw new RuntimeSetupException("the confined Harper is not running");
        }
        return node;
    }

    public HarperClient client() {
        RuntimeNode running = node();
        return new HarperClient(new HarperEndpoint(running.operationsUrl(), running.httpUrl(), HOST, 0,
                control.credentials()));
    }

    public Deployer deployer() {
        return new Deployer(client(), output());
    }

    /** Ends the sandbox and everything in it (its PID namespace dies with the launcher). */
    @Override
    public synchronized void close() {
        stop();
    }

    public synchronized void stop() {
        forwarders.forEach(SocketForwarder::close);
        forwarders = List.of();
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (sockets != null) {
            CommandRunner.deleteQuietly(sockets);
            sockets = null;
        }
        node = null;
    }

    /** A fresh owner-only folder under {@code /tmp}, whose socket paths stay far below the kernel's limit. */
    private static Path socketFolder() {
        Path base = Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Path folder = Files.createTempDirectory(base, "ph-sock-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            if (folder.resolve("http.sock").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 100) {
                throw new RuntimeSetupException("the folder for the confined Harper's sockets, " + folder
                        + ", has too long a path for a Unix socket (at most 107 bytes)");
            }
            return folder;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not create a folder for the confined Harper's sockets in " + base, e);
        }
    }

    private void awaitReady(Duration timeout) {
        HarperClient client = client();
        Instant deadline = Instant.now().plus(timeout);
        HarperException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String tail = tail();
                stop();
                throw new RuntimeSetupException("the confined Harper exited during start. Last output:\n" + tail);
            }
            try {
                client.userInfo();
                client.rest().status("/");
                return;
            } catch (UnreachableException e) {
                last = e;
                Pause.millis(200);
            }
        }
        String tail = tail();
        stop();
        throw new RuntimeSetupException("the confined Harper did not answer within " + timeout + " (last: "
                + (last == null ? "-" : last.getMessage()) + "). Output:\n" + tail, last);
    }

    private Map<String, String> environment(Credentials.Basic admin) {
        String inside = Bubblewrap.SCRATCH;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", inside + "/home");
        env.put("ROOTPATH", inside + "/hdb");
        env.put("TC_AGREEMENT", "yes");
        env.put("HDB_ADMIN_USERNAME", admin.username());
        env.put("HDB_ADMIN_PASSWORD", admin.password());
        env.put("DEFAULTS_MODE", "dev");
        env.put("NODE_HOSTNAME", HOST);
        env.put("REPLICATION_HOSTNAME", HOST);
        env.put("HARPER_SET_CONFIG", NodeLauncher.config(new RuntimeNode("confined", HOST,
                URI.create("http://" + HOST + ":" + OPERATIONS_PORT + "/"), URI.create("http://" + HOST + ":"
                + HTTP_PORT + "/"), 1883, 9933, 0, null, null), false).toString());
        return env;
    }

    private Path freshScratch() {
        Path scratch = scratch();
        CommandRunner.deleteQuietly(scratch);
        try {
            Files.createDirectories(scratch.resolve("home"));
            Files.createDirectories(scratch.resolve("hdb"));
            return scratch;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not create the sandbox's scratch folder " + scratch, e);
        }
    }

    /** The launcher lives on the console's side and is bound read-only, so nothing inside can change it. */
    private Path writeLauncher() {
        Path launcher = control.dir().resolve("confined-launch.js");
        try (InputStream in = ConfinedRuntime.class.getResourceAsStream("confined-launch.js")) {
            if (in == null) {
                throw new IllegalStateException("confined-launch.js is missing from the runtime bridge's jar");
            }
            Files.createDirectories(control.dir());
            Files.write(launcher, in.readAllBytes());
            return launcher;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not write " + launcher, e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.exists(output()) ? Files.readAllLines(output()) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(could not read " + output() + ": " + e.getMessage() + ")";
        }
    }
}
