package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.internal.ComponentPackage;
import dev.pilothouse.runtime.internal.Pause;
import dev.pilothouse.runtime.internal.SchemaTables;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deploys a workspace's three files as one component and returns only once the new version serves: the component
 * reports healthy from workers loaded after the request, and every exported table answers REST with the fields the
 * new schema declares. On failure Harper leaves the broken files deployed, so the previous payload (packaged before
 * the deploy) is deployed again, or the component dropped when there was none.
 */
public final class Deployer {

    /**
     * How long a deploy that serves without the workers having restarted yet is watched for the restart Harper
     * still owes it (seen on a first deploy: served at about 0.8 s, then refused for 2-4 s).
     */
    private static final Duration RESTART_GRACE = Duration.ofSeconds(3);

    private static final Pattern LINE = Pattern.compile("(?:line[:\\s]+|\\()(\\d+)(?::(\\d+))?");

    private final HarperClient client;
    private final Path processOutput;

    public Deployer(HarperClient client) {
        this(client, null);
    }

    /**
     * {@code processOutput} is the stdout of a local Harper: 4.7.29 prints component load errors there, not in its
     * log, when they surface only after the worker restart.
     */
    public Deployer(HarperClient client, Path processOutput) {
        this.client = client;
        this.processOutput = processOutput;
    }

    /** How long a restored component must stay healthy before the restore counts as done. */
    private static final Duration SETTLE = Duration.ofMillis(1500);

    public DeployResult deploy(Path workspace, String project, Duration timeout) {
        Map<String, String> files = ComponentPackage.read(workspace);
        List<SchemaTables.Table> tables = SchemaTables.exported(files.get("schema.graphql"));
        Optional<String> previous = client.components().find(project)
                .filter(ComponentStatus::healthy).map(c -> client.components().packageComponent(project));
        Instant start = Instant.now();
        try {
            client.components().deploy(project, ComponentPackage.payload(files), true);
        } catch (OperationFailedException e) {
            boolean restored = restore(project, previous, timeout);
            throw failure(project, e.serverMessage(), restored, start);
        }
        Optional<String> problem = awaitServing(project, tables, start, timeout);
        if (problem.isPresent()) {
            boolean restored = restore(project, previous, timeout);
            throw failure(project, problem.get(), restored, start);
        }
        return new DeployResult(project, tables.stream().map(SchemaTables.Table::exportName).toList(),
                Duration.between(start, Instant.now()));
    }

    /** Empty when healthy and serving; otherwise the reason, after at most {@code timeout}. */
    private Optional<String> awaitServing(String project, List<SchemaTables.Table> tables, Instant start,
                                          Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String reason = "no status yet";
        boolean restartSeen = false;
        Instant servingSince = null;
        while (Instant.now().isBefore(deadline)) {
            Optional<ComponentStatus> status = findWhileRestarting(project);
            if (status == null) {
                reason = "Harper is restarting its workers";
                restartSeen = true;
                servingSince = null;
                Pause.millis(50);
                continue;
            }
            if (status.isPresent() && "error".equals(status.get().status())) {
                // get_components only has a generic message; the real text (with line) is in Harper's log
                return Optional.of(status.get().message() + logDetail(project).map(d -> "\n" + d).orElse(""));
            }
            reason = status.map(s -> s.status() + ": " + s.message()).orElse("component not listed");
            if (status.isPresent() && status.get().healthy() && status.get().lastLoaded() >= start.toEpochMilli()) {
                Optional<String> missing = firstMissingTable(tables);
                if (missing.isEmpty()) {
                    // a first deploy is loaded by the running worker before the restart it asked for: serving
                    // before the refusal window is not yet serving for good
                    servingSince = servingSince == null ? Instant.now() : servingSince;
                    if (restartSeen || Duration.between(servingSince, Instant.now()).compareTo(RESTART_GRACE) >= 0) {
                        return Optional.empty();
                    }
                    reason = "serving, waiting for the worker restart";
                } else {
                    reason = missing.get();
                    servingSince = null;
                }
            }
            Pause.millis(50);
        }
        return Optional.of("the new version did not serve within " + timeout + " (" + reason + ")");
    }

    /**
     * The component's status, or null while the workers restart (Harper refuses connections for 2-4 s then, and
     * right after that get_components can answer 500 "Cannot read properties of null (reading '<project>')"
     * while the component tree is rebuilt; seen intermittently on a loaded machine).
     */
    private Optional<ComponentStatus> findWhileRestarting(String project) {
        try {
            return client.components().find(project);
        } catch (UnreachableException e) {
            return null;
        } catch (OperationFailedException e) {
            if (e.status() >= 500) {
                return null; // get_components answers 500 while its workers are being replaced
            }
            throw e;
        }
    }

    /** Checks each exported table over REST ({@code GET /Table} describes it) against the declared fields. */
    private Optional<String> firstMissingTable(List<SchemaTables.Table> tables) {
        for (SchemaTables.Table table : tables) {
            Optional<JsonNode> description;
            try {
                description = client.rest().get("/" + table.exportName());
            } catch (OperationFailedException e) {
                return Optional.of("/" + table.exportName() + " answers " + e.status());
            } catch (UnreachableException e) {
                return Optional.of("/" + table.exportName() + " is not reachable yet (workers restarting)");
            }
            if (description.isEmpty()) {
                return Optional.of("/" + table.exportName() + " is not served yet");
            }
            Set<String> served = new HashSet<>();
            description.get().path("attributes").forEach(a -> served.add(a.path("name").asText()));
            for (String field : table.fields()) {
                if (!served.contains(field)) {
                    return Optional.of("/" + table.exportName() + " does not serve field '" + field + "' yet");
                }
            }
        }
        return Optional.empty();
    }

    private boolean restore(String project, Optional<String> previous, Duration timeout) {
        if (previous.isEmpty()) {
            client.components().drop(project);
            return false;
        }
        Instant start = Instant.now();
        client.components().deploy(project, previous.get(), true);
        Instant deadline = start.plus(timeout);
        Instant healthySince = null;
        while (Instant.now().isBefore(deadline)) {
            Optional<ComponentStatus> status = findWhileRestarting(project);
            boolean healthy = status != null && status.isPresent() && status.get().healthy()
                    && status.get().lastLoaded() >= start.toEpochMilli();
            // Workers reload one after another; a single healthy answer can precede a worker still failing.
            if (!healthy) {
                healthySince = null;
            } else if (healthySince == null) {
                healthySince = Instant.now();
            } else if (Duration.between(healthySince, Instant.now()).compareTo(SETTLE) >= 0) {
                return true;
            }
            Pause.millis(50);
        }
        return false;
    }

    private DeployFailedException failure(String project, String message, boolean restored, Instant since) {
        String file = message.contains("graphqlSchema") ? "schema.graphql"
                : message.contains("jsResource") || message.contains("resources.js") ? "resources.js"
                : message.contains("config.yaml") ? "config.yaml" : null;
        int line = lineOf(message);
        if (line == 0 && file != null) {
            line = lineFromLog(project, since);
        }
        return new DeployFailedException(project, message, file, line, restored);
    }

    static int lineOf(String text) {
        Matcher m = LINE.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The newest error line in Harper's log that names the project, without colour codes and stack frames. */
    private Optional<String> logDetail(String project) {
        Optional<String> printed = outputDetail(project);
        if (printed.isPresent()) {
            return printed;
        }
        try {
            List<JsonNode> errors = client.admin().readLog(500, "error");
            for (int i = errors.size() - 1; i >= 0; i--) {
                String message = errors.get(i).path("message").asText().replaceAll("\u001B\\[[0-9;]*m", "");
                if (message.contains(project)) {
                    return Optional.of(message.lines().filter(l -> !l.strip().startsWith("at "))
                            .limit(6).reduce((a, b) -> a + "\n" + b).orElse(message));
                }
            }
        } catch (HarperException e) {
            return Optional.empty(); // the status message is still reported
        }
        return Optional.empty();
    }

    private Optional<String> outputDetail(String project) {
        if (processOutput == null || !java.nio.file.Files.isRegularFile(processOutput)) {
            return Optional.empty();
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(processOutput);
            for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 2000); i--) {
                String line = lines.get(i).replaceAll("\u001B\\[[0-9;]*m", "");
                if (line.contains("application '" + project + "'")) {
                    return Optional.of(line.strip());
                }
            }
        } catch (java.io.IOException e) {
            return Optional.empty(); // the status message is still reported
        }
        return Optional.empty();
    }

    /** Harper's log carries the GraphQL error locations ({@code line: 3}) that the deploy answer lacks. */
    private int lineFromLog(String project, Instant since) {
        try {
            List<JsonNode> errors = client.admin().readLog(200, "error");
            for (int i = errors.size() - 1; i >= 0; i--) {
                String message = errors.get(i).path("message").asText();
                if (message.contains(project)) {
                    Matcher m = Pattern.compile("line:\\s*(\\d+)").matcher(message);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
        } catch (HarperException e) {
            return 0; // the line is a convenience; the server's message is already in hand
        }
        return 0;
    }
}
