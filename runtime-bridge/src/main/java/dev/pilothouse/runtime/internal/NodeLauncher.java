package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.RuntimeSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spawns one Harper process non-interactively. Every setting goes through {@code HARPER_SET_CONFIG} (JSON shaped
 * like the YAML, which Harper also writes into harperdb-config.yaml), because booleans passed as plain env vars are
 * read as strings ("false" is truthy). Ports are given as {@code host:port} so Harper binds loopback only.
 */
public final class NodeLauncher {

    private NodeLauncher() {}

    public static Path home(Path nodeDir) {
        return nodeDir.resolve("home");
    }

    public static Path logFile(Path nodeDir) {
        return nodeDir.resolve("harper.out");
    }

    public static Process launch(
            Path entryScript, Path nodeDir, RuntimeNode node, Credentials.Basic admin, boolean writeAsync) {
        try {
            Files.createDirectories(home(nodeDir));
            Files.createDirectories(node.rootPath());
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid"); // own session: survives the terminal of a CLI that started it
            }
            command.addAll(List.of("node", entryScript.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(nodeDir.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(logFile(nodeDir).toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("HDB_") || key.startsWith("HARPER_"));
            // Own HOME: ~/.harperdb/hdb_boot_properties.file would otherwise point every instance at one root.
            env.put("HOME", home(nodeDir).toString());
            env.put("TC_AGREEMENT", "yes");
            env.put("HDB_ADMIN_USERNAME", admin.username());
            env.put("HDB_ADMIN_PASSWORD", admin.password());
            env.put("ROOTPATH", node.rootPath().toString());
            env.put("DEFAULTS_MODE", "dev");
            env.put("REPLICATION_HOSTNAME", node.host());
            env.put("NODE_HOSTNAME", node.host());
            env.put("HARPER_SET_CONFIG", config(node, writeAsync).toString());
            return builder.start();
        } catch (IOException e) {
            throw new RuntimeSetupException(
                    "Could not start Harper for node " + node.name() + " (is 'node' on the " + "PATH?): "
                            + e.getMessage(),
                    e);
        }
    }

    public static ObjectNode config(RuntimeNode node, boolean writeAsync) {
        ObjectNode root = HttpTransport.JSON.createObjectNode();
        String host = node.host();
        root.putObject("http")
                .put("port", host + ":" + node.httpUrl().getPort())
                .putNull("securePort");
        root.putObject("operationsApi")
                .putObject("network")
                .put("port", host + ":" + node.operationsUrl().getPort())
                .putNull("securePort");
        root.putObject("mqtt")
                .putObject("network")
                .put("port", host + ":" + node.mqttPort())
                .putNull("securePort");
        root.putObject("replication").put("hostname", host).put("securePort", host + ":" + node.replicationPort());
        root.putObject("authentication").put("authorizeLocal", false);
        root.putObject("threads").put("count", 1).put("debug", false);
        root.putObject("localStudio").put("enabled", false);
        root.putObject("logging").put("stdStreams", false).put("level", "warn");
        // always written: the setting persists in harperdb-config.yaml, so a durable start must undo an async one
        root.putObject("storage").put("writeAsync", writeAsync);
        return root;
    }
}
