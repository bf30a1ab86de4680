package dev.pilothouse.runtime;

import java.net.URI;
import java.nio.file.Path;

/**
 * One local Harper node: its loopback host (which is also its replication node name), URLs, ports, the live PID
 * read from {@code hdb.pid} (0 when not running), and where its data and credentials live.
 */
public record RuntimeNode(
        String name,
        String host,
        URI operationsUrl,
        URI httpUrl,
        int mqttPort,
        int replicationPort,
        long pid,
        Path credentialsFile,
        Path rootPath) {

    public RuntimeNode withPid(long newPid) {
        return new RuntimeNode(
                name, host, operationsUrl, httpUrl, mqttPort, replicationPort, newPid, credentialsFile, rootPath);
    }

    public RuntimeNode withCredentialsFile(Path file) {
        return new RuntimeNode(name, host, operationsUrl, httpUrl, mqttPort, replicationPort, pid, file, rootPath);
    }

    /** The replication URL peers use ({@code wss://host:replicationPort}). */
    public String replicationUrl() {
        return "wss://" + host + ":" + replicationPort;
    }
}
