package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.NodeLauncher;
import dev.pilothouse.runtime.internal.Pause;
import dev.pilothouse.runtime.internal.PortPicker;
import dev.pilothouse.runtime.internal.RuntimeFiles;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Harper runtime of one or more nodes kept in a folder (by default one per workspace under
 * {@code $PILOTHOUSE_HOME}, chosen by the workspace kit's {@code LocalRuntimeFolder}). Node i runs on
 * {@code 127.0.0.i} with its own root, HOME and ports, the shared generated admin credentials, and
 * {@code authorizeLocal: false}, so authentication is real even on loopback.
 */
public final class LocalRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);

    private final RuntimeFiles files;
    private final HarperInstaller installer;

    /** A runtime in {@code dir} whose admin credentials live in {@link #defaultSecretsDir(Path)}. */
    public LocalRuntime(Path dir, HarperInstaller installer) {
        this(dir, installer, defaultSecretsDir(dir));
    }

    /**
     * A runtime in {@code dir} whose admin credentials live in {@code secretsDir} (created owner-only). Pass
     * {@code dir} itself only for a folder nothing but the console can read, never one inside a workspace.
     */
    public LocalRuntime(Path dir, HarperInstaller installer, Path secretsDir) {
        this.files = new RuntimeFiles(dir, secretsDir);
        this.installer = installer;
    }

    /**
     * Where the admin credentials of the runtime in {@code dir} live: {@link #secretsDir(Path, Path)} under the home
     * of {@link HomeLocation}.
     */
    public static Path defaultSecretsDir(Path dir) {
        return secretsDir(HomeLocation.of(System.getenv()), dir);
    }

    /**
     * Where the admin credentials of the runtime in {@code dir} live under {@code home}:
     * {@code runtimes/<folder name>-<hash of its absolute path>}. Never in {@code dir} itself, which an earlier
     * version kept in the workspace, where agents read and write.
     */
    public static Path secretsDir(Path home, Path dir) {
        Path runtime = dir.toAbsolutePath().normalize();
        String name =
                runtime.getFileName() == null ? "root" : runtime.getFileName().toString();
        return home.toAbsolutePath()
                .normalize()
                .resolve("runtimes")
                .resolve(name + "-" + shortHash(runtime.toString()));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Path dir() {
        return files.dir();
    }

    public Credentials.Basic credentials() {
        return files.credentials();
    }

    public Path credentialsFile() {
        return files.credentialsFile();
    }

    /** The nodes as last started, each with its live PID (0 when not running). */
    public List<RuntimeNode> nodes() {
        return files.loadNodes().stream()
                .map(n -> n.withPid(RuntimeFiles.liveProcess(n.rootPath())
                        .map(ProcessHandle::pid)
                        .orElse(0L)))
                .map(n -> n.withCredentialsFile(files.credentialsFile())) // nodes.json may name the old place
                .toList();
    }

    public HarperEndpoint endpoint(RuntimeNode node) {
        return new HarperEndpoint(node.operationsUrl(), node.httpUrl(), node.host(), node.mqttPort(), credentials());
    }

    /** A deployer that also reads the node's process output for load errors. */
    public Deployer deployer(RuntimeNode node) {
        return new Deployer(client(node), NodeLauncher.logFile(files.nodeDir(node.name())));
    }

    public HarperClient client(RuntimeNode node) {
        return new HarperClient(endpoint(node));
    }

    /**
     * Installs Harper when absent, starts every node that is not running, waits until each answers, and connects
     * replication between them. Returns the running nodes.
     */
    public List<RuntimeNode> start(StartOptions options) {
        if (options.acceptHarperTerms()) {
            files.recordTermsAccepted();
        } else if (!files.termsAccepted()) {
            throw new RuntimeSetupException("Harper's terms must be accepted before Pilothouse starts it: see "
                    + "https://harperdb.io/legal/end-user-license-agreement and pass --accept-harper-terms");
        }
        Path entry = installer.ensureInstalled(options.listener());
        Credentials.Basic admin = files.credentials();
        List<RuntimeNode> previous = files.loadNodes();
        List<RuntimeNode> nodes = new ArrayList<>();
        for (int i = 1; i <= options.nodes(); i++) {
            String name = "node" + i;
            Optional<RuntimeNode> known =
                    previous.stream().filter(n -> n.name().equals(name)).findFirst();
            Optional<ProcessHandle> live = known.flatMap(n -> RuntimeFiles.liveProcess(n.rootPath()));
            if (known.isPresent() && live.isPresent()) {
                nodes.add(known.get().withPid(live.get().pid()).withCredentialsFile(files.credentialsFile()));
                continue;
            }
            // a node started before keeps its ports when they are still free, so clients and streams find it again
            StartOptions.Ports preferred = known.map(n -> new StartOptions.Ports(
                            n.operationsUrl().getPort(), n.httpUrl().getPort(), n.mqttPort(), n.replicationPort()))
                    .orElse(options.preferredPorts());
            RuntimeNode node = layout(name, "127.0.0." + i, preferred);
            options.listener()
                    .progress("Starting Harper " + name + " on " + node.host() + " (operations " + node.operationsUrl()
                            + ", HTTP " + node.httpUrl() + ")");
            boolean async = options.commits() == StartOptions.Commits.ASYNC;
            if (async && !Files.exists(node.rootPath().resolve("harperdb-config.yaml"))) {
                // Harper refuses noSync while it creates its databases: a fresh node starts durable once first
                options.listener().progress("Creating " + name + "'s databases before switching to async commits");
                stopNode(awaitReady(
                        node,
                        NodeLauncher.launch(entry, files.nodeDir(name), node, admin, false),
                        options.startTimeout()));
            }
            Process process = NodeLauncher.launch(entry, files.nodeDir(name), node, admin, async);
            nodes.add(awaitReady(node, process, options.startTimeout()));
        }
        files.saveNodes(nodes);
        if (nodes.size() > 1) {
            new ClusterJoiner(this, admin).connect(nodes, options.startTimeout(), options.listener());
        }
        return nodes;
    }

    private RuntimeNode layout(String name, String host, StartOptions.Ports preferred) {
        Set<Integer> taken = new HashSet<>();
        int ops = remember(taken, PortPicker.pick(host, preferred.operations(), taken));
        int http = remember(taken, PortPicker.pick(host, preferred.http(), taken));
        int mqtt = remember(taken, PortPicker.pick(host, preferred.mqtt(), taken));
        int replication = remember(taken, PortPicker.pick(host, preferred.replication(), taken));
        Path nodeDir = files.nodeDir(name);
        return new RuntimeNode(
                name,
                host,
                URI.create("http://" + host + ":" + ops + "/"),
                URI.create("http://" + host + ":" + http + "/"),
                mqtt,
                replication,
                0,
                files.credentialsFile(),
                nodeDir.resolve("hdb"));
    }

    private static int remember(Set<Integer> taken, int port) {
        taken.add(port);
        return port;
    }

    private RuntimeNode awaitReady(RuntimeNode node, Process process, Duration timeout) {
        HarperClient client = client(node);
        Instant deadline = Instant.now().plus(timeout);
        HarperException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive() && RuntimeFiles.liveProcess(node.rootPath()).isEmpty()) {
                throw new RuntimeSetupException("Harper " + node.name() + " exited during start (code "
                        + process.exitValue() + "). Last output:\n" + logTail(node));
            }
            try {
                client.userInfo();
                client.rest().status("/"); // the app port opens after the operations API; any HTTP answer will do
                long pid = RuntimeFiles.liveProcess(node.rootPath())
                        .map(ProcessHandle::pid)
                        .orElse(process.pid());
                LOG.info("Harper {} ready at {} (pid {})", node.name(), node.operationsUrl(), pid);
                return node.withPid(pid);
            } catch (UnreachableException e) {
                last = e;
                Pause.millis(200);
            }
        }
        process.destroy();
        throw new RuntimeSetupException(
                "Harper " + node.name() + " did not answer at " + node.operationsUrl()
                        + " within " + timeout + " (last: " + (last == null ? "-" : last.getMessage()) + "). Output:\n"
                        + logTail(node),
                last);
    }

    private String logTail(RuntimeNode node) {
        try {
            Path log = NodeLauncher.logFile(files.nodeDir(node.name()));
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (java.io.IOException e) {
            return "(could not read the output: " + e.getMessage() + ")";
        }
    }

    /** Each node and whether it runs and answers. */
    public List<NodeStatus> status() {
        List<NodeStatus> out = new ArrayList<>();
        for (RuntimeNode node : nodes()) {
            if (node.pid() == 0) {
                out.add(new NodeStatus(node, NodeStatus.State.STOPPED));
                continue;
            }
            try {
                client(node).userInfo();
                out.add(new NodeStatus(node, NodeStatus.State.RUNNING));
            } catch (HarperException e) {
                out.add(new NodeStatus(node, NodeStatus.State.UNRESPONSIVE));
            }
        }
        return out;
    }

    /** Stops every node: SIGTERM to the PID in hdb.pid, then a forced kill after 15 s. */
    public void stop() {
        for (RuntimeNode node : files.loadNodes()) {
            stopNode(node);
        }
    }

    private void stopNode(RuntimeNode node) {
        RuntimeFiles.liveProcess(node.rootPath()).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.warn("Harper {} (pid {}) ignored SIGTERM for 15 s; killing it", node.name(), process.pid());
                process.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new RuntimeSetupException("Could not wait for Harper " + node.name() + " to stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuntimeSetupException("Interrupted while stopping Harper " + node.name(), e);
            }
        });
    }

    /** Stops and starts again with the same node count. */
    public List<RuntimeNode> restart(StartOptions options) {
        stop();
        return start(options);
    }
}
