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
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Harper that runs code no human has approved, inside a bubblewrap sandbox: it sees the system's programs,
 * Harper's installation and its own scratch folder, nothing else; it writes only the scratch folder; it has no
 * network but its own loopback. The console reaches its operations API and HTTP port through two Unix sockets in a
 * short owner-only folder (a socket's path may not exceed 107 bytes), offered on the console's side as loopback
 * ports. Everything the console relies on (credentials,
 * the process, the launcher, Harper's output) stays outside the scratch folder, which is emptied at every start and
 * refilled from a copy of a freshly installed Harper root that no code has run in (see {@code ensureTemplate}).
 */
public final class ConfinedRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfinedRuntime.class);
    private static final int OPERATIONS_PORT = 9925;
    private static final int HTTP_PORT = 9926;
    private static final String HOST = "127.0.0.1";
    /** Written last into a finished template; bump TEMPLATE_FORMAT when what a template holds changes. */
    private static final String TEMPLATE_READY = ".pilothouse-template";

    private static final String TEMPLATE_FORMAT = "confined-template-1";
    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

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

    /** Starts a fresh sandboxed Harper (a scratch folder holding only a pristine install) and waits until it answers. */
    public synchronized RuntimeNode start(boolean acceptHarperTerms, Duration timeout) {
        if (acceptHarperTerms) {
            control.recordTermsAccepted();
        } else if (!control.termsAccepted()) {
            throw new RuntimeSetupException("Harper's terms must be accepted before Pilothouse starts a confined "
                    + "Harper for validation: see https://harperdb.io/legal/end-user-license-agreement");
        }
        Bubblewrap bwrap = Bubblewrap.probe()
                .bubblewrap()
                .orElseThrow(() -> new RuntimeSetupException(unavailable().orElse("no sandbox")));
        Path entry = installer.ensureInstalled(InstallListener.NONE);
        stop();
        Instant began = Instant.now();
        Credentials.Basic admin = control.credentials();
        Path launcher = writeLauncher();
        Path template = ensureTemplate(bwrap, entry, launcher, admin, timeout);
        Path scratch = freshScratch(template);
        sockets = socketFolder();
        List<String> command = new ArrayList<>(
                bwrap.arguments(scratch, sockets, List.of(installer.cacheDir()), launcher, environment(admin)));
        command.addAll(List.of(
                "/usr/bin/node",
                Bubblewrap.LAUNCHER,
                entry.toString(),
                Bubblewrap.SOCKETS + "/ops.sock=" + OPERATIONS_PORT,
                Bubblewrap.SOCKETS + "/http.sock=" + HTTP_PORT));
        try {
            process = new ProcessBuilder(command)
                    .directory(control.dir().toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()))
                    .start();
        } catch (IOException e) {
            throw new RuntimeSetupException(
                    "Could not start the sandbox (" + command.get(0) + "): " + e.getMessage(), e);
        }
        SocketForwarder operations = new SocketForwarder(sockets.resolve("ops.sock"));
        SocketForwarder http = new SocketForwarder(sockets.resolve("http.sock"));
        forwarders = List.of(operations, http);
        node = new RuntimeNode(
                "confined",
                HOST,
                URI.create("http://" + HOST + ":" + operations.port() + "/"),
                URI.create("http://" + HOST + ":" + http.port() + "/"),
                0,
                0,
                process.pid(),
                control.credentialsFile(),
                scratch.resolve("hdb"));
        awaitReady(timeout);
        LOG.info(
                "confined Harper ready at {} (sandbox pid {}) in {} ms",
                node.operationsUrl(),
                process.pid(),
                Duration.between(began, Instant.now()).toMillis());
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
        return new HarperClient(
                new HarperEndpoint(running.operationsUrl(), running.httpUrl(), HOST, 0, control.credentials()));
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
        Path base =
                Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Path folder = Files.createTempDirectory(
                    base,
                    "ph-sock-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (folder.resolve("http.sock").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 100) {
                throw new RuntimeSetupException("the folder for the confined Harper's sockets, " + folder
                        + ", has too long a path for a Unix socket (at most 107 bytes)");
            }
            return folder;
        } catch (IOException e) {
            throw new RuntimeSetupException(
                    "Could not create a folder for the confined Harper's sockets in " + base, e);
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
        throw new RuntimeSetupException(
                "the confined Harper did not answer within " + timeout + " (last: "
                        + (last == null ? "-" : last.getMessage()) + "). Output:\n" + tail,
                last);
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
        env.put(
                "HARPER_SET_CONFIG",
                NodeLauncher.config(
                                new RuntimeNode(
                                        "confined",
                                        HOST,
                                        URI.create("http://" + HOST + ":" + OPERATIONS_PORT + "/"),
                                        URI.create("http://" + HOST + ":" + HTTP_PORT + "/"),
                                        1883,
                                        9933,
                                        0,
                                        null,
                                        null),
                                false)
                        .toString());
        return env;
    }

    /** An emptied scratch folder holding a copy of {@code template} (Harper freshly installed, nothing run in it). */
    private Path freshScratch(Path template) {
        Path scratch = scratch();
        CommandRunner.deleteQuietly(scratch);
        try {
            copyTree(template, scratch);
            return scratch;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not create the sandbox's scratch folder " + scratch, e);
        }
    }

    /**
     * Harper's own install step (its root folder: config, system database, admin user, keys) is the larger part of
     * a fresh start, and it is the same every time for one set of credentials. It runs once, alone in a sandbox
     * built exactly like the shadow's (no proposal's code has ever been near it), into a folder on the console's
     * side; every start then copies that folder into its emptied scratch folder, so each shadow still starts from a
     * pristine Harper that nothing before it could touch. The template lives in the per-user cache beside Harper's
     * installation, one per Harper version and admin credentials (named by a hash of them), and is never bound into
     * a sandbox.
     */
    private Path ensureTemplate(
            Bubblewrap bwrap, Path entry, Path launcher, Credentials.Basic admin, Duration timeout) {
        Path template = templateDir(admin);
        if (Files.isRegularFile(template.resolve(TEMPLATE_READY))) {
            return template;
        }
        Path staging = template.resolveSibling(
                template.getFileName() + ".building-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Path stagingSockets = socketFolder();
        try {
            Files.createDirectories(staging.resolve("home"), OWNER_ONLY);
            Files.createDirectories(staging.resolve("hdb"), OWNER_ONLY);
            List<String> command = new ArrayList<>(bwrap.arguments(
                    staging, stagingSockets, List.of(installer.cacheDir()), launcher, environment(admin)));
            command.addAll(List.of("/usr/bin/node", entry.toString(), "install"));
            Instant began = Instant.now();
            Process install = new ProcessBuilder(command)
                    .directory(control.dir().toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()))
                    .start();
            if (!install.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                install.descendants().forEach(ProcessHandle::destroyForcibly);
                install.destroyForcibly();
                throw new RuntimeSetupException(
                        "Harper's install step did not finish within " + timeout + ". Output:\n" + tail());
            }
            if (install.exitValue() != 0 || !Files.isRegularFile(staging.resolve("hdb/harperdb-config.yaml"))) {
                throw new RuntimeSetupException(
                        "Harper's install step failed (exit code " + install.exitValue() + "). Output:\n" + tail());
            }
            Files.writeString(staging.resolve(TEMPLATE_READY), HarperInstaller.HARPER_VERSION + "\n");
            Files.createDirectories(template.getParent());
            try {
                Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another console built the same template meanwhile: theirs serves as well
            }
            LOG.info(
                    "confined Harper template installed in {} ({} ms)",
                    template,
                    Duration.between(began, Instant.now()).toMillis());
            return template;
        } catch (IOException e) {
            throw new RuntimeSetupException(
                    "Could not prepare the confined Harper's installation in " + template + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeSetupException("interrupted while installing the confined Harper", e);
        } finally {
            CommandRunner.deleteQuietly(staging);
            CommandRunner.deleteQuietly(stagingSockets);
        }
    }

    /** The per-user template folder for these credentials (the hash names them without revealing them). */
    Path templateDir(Credentials.Basic admin) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((TEMPLATE_FORMAT + "\0" + admin.username() + "\0" + admin.password())
                    .getBytes(StandardCharsets.UTF_8));
            return installer
                    .cacheDir()
                    .resolveSibling(installer.cacheDir().getFileName() + "-confined")
                    .resolve(HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                if (source.getFileName().toString().equals(TEMPLATE_READY)
                        && source.getParent().equals(from)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
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
