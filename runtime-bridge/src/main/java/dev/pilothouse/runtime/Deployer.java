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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deploys a workspace's three files as one component and returns only once the new version serves: the component
 * reports healthy from workers loaded after the request, and every exported table answers REST with the fields the
 * new schema declares. On failure Harper leaves the broken files deployed, so the previous payload is deployed again,
 * or the component dropped when there was none. The previous payload is taken before the deploy: from the files the
 * caller says it deployed last when the live component holds exactly those (read file by file, which is cheap), and
 * otherwise (drift, or a file that cannot be read) from Harper's own package of the live component
 * ({@code package_component}, seconds).
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
    /** Harper's package of a live component ({@code package_component}); a seam for tests that count the calls. */
    private final Function<String, String> packager;

    public Deployer(HarperClient client) {
        this(client, null);
    }

    /**
     * {@code processOutput} is the stdout of a local Harper: 4.7.29 prints component load errors there, not in its
     * log, when they surface only after the worker restart.
     */
    public Deployer(HarperClient client, Path processOutput) {
        this(client, processOutput, project -> client.components().packageComponent(project));
    }

    Deployer(HarperClient client, Path processOutput, Function<String, String> packager) {
        this.client = client;
        this.processOutput = processOutput;
        this.packager = packager;
    }

    /** How long a restored component must stay healthy before the restore counts as done. */
    private static final Duration SETTLE = Duration.ofMillis(1500);

    /** Deploys without knowing what is live: a failed deploy is restored from Harper's package of the component. */
    public DeployResult deploy(Path workspace, String project, Duration timeout) {
        return deploy(workspace, project, timeout, Map.of());
    }

    /**
     * Deploys, told which app files the caller last deployed as {@code project} ({@code expectedLive}: file name to
     * content, as they were in the deployed folder; empty when not known). When the live component holds exactly
     * those, a failed deploy is restored from them and Harper is not asked for its package; when it holds anything
     * else (changed out of band, a file added or gone, or unreadable), from that package, so the restore puts back
     * what was live.
     */
    public DeployResult deploy(Path workspace, String project, Duration timeout, Map<String, String> expectedLive) {
        Map<String, String> files = ComponentPackage.read(workspace);
        List<SchemaTables.Table> tables = SchemaTables.exported(files.get("schema.graphql"));
        Optional<String> previous = client.components()
                .find(project)
                .filter(ComponentStatus::healthy)
                .map(c -> restorePoint(c, expectedLive));
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
        return new DeployResult(
                project,
                tables.stream().map(SchemaTables.Table::exportName).toList(),
                Duration.between(start, Instant.now()));
    }

    /**
     * Written by Harper itself on deploy (its npm install), so never among the files a caller deployed; a live one is
     * read and put back with the rest, as {@code package_component} would.
     */
    private static final String LOCK_FILE = "package-lock.json";

    /** The payload that restores {@code live}: built from {@code expectedLive} when the live files match it. */
    private String restorePoint(ComponentStatus live, Map<String, String> expectedLive) {
        if (!expectedLive.isEmpty()) {
            Optional<Map<String, String>> held = heldAsExpected(live, ComponentPackage.complete(expectedLive));
            if (held.isPresent()) {
                return ComponentPackage.payload(held.get());
            }
        }
        return packager.apply(live.name());
    }

    /**
     * The live component's files when it holds exactly the expected ones with exactly their contents (plus the lock
     * file Harper writes, read as it is); empty on any difference, or when a file cannot be read.
     */
    private Optional<Map<String, String>> heldAsExpected(ComponentStatus live, Map<String, String> expected) {
        Set<String> names = new HashSet<>(live.files());
        boolean locked = names.remove(LOCK_FILE);
        if (!names.equals(expected.keySet())) {
            return Optional.empty(); // a file added or removed out of band
        }
        Map<String, String> held = new java.util.LinkedHashMap<>(expected);
        try {
            for (Map.Entry<String, String> file : expected.entrySet()) {
                if (!file.getValue().equals(client.components().getFile(live.name(), file.getKey()))) {
                    return Optional.empty();
                }
            }
            if (locked) {
                held.put(LOCK_FILE, client.components().getFile(live.name(), LOCK_FILE));
            }
        } catch (HarperException unreadable) {
            return Optional.empty(); // what is live cannot be told from here: take Harper's package
        }
        return Optional.of(held);
    }

    /** Empty when healthy and serving; otherwise the reason, after at most {@code timeout}. */
    private Optional<String> awaitServing(
            String project, List<SchemaTables.Table> tables, Instant start, Duration timeout) {
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
                return Optional.of(status.get().message()
                        + logDetail(project).map(d -> "\n" + d).orElse(""));
            }
            reason = status.map(s -> s.status() + ": " + s.message()).orElse("component not listed");
            if (status.isPresent() && status.get().healthy() && status.get().lastLoaded() >= start.toEpochMilli()) {
                Optional<String> missing = firstMissingTable(tables);
                if (missing.isEmpty()) {
                    // a first deploy is loaded by the running worker before the restart it asked for: serving
                    // before the refusal window is not yet serving for good
                    servingSince = servingSince == null ? Instant.now() : servingSince;
                    if (restartSeen
                            || Duration.between(servingSince, Instant.now()).compareTo(RESTART_GRACE) >= 0) {
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
            description
                    .get()
                    .path("attributes")
                    .forEach(a -> served.add(a.path("name").asText()));
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
            boolean healthy = status != null
                    && status.isPresent()
                    && status.get().healthy()
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
        String file = message.contains("graphqlSchema")
                ? "schema.graphql"
                : message.contains("jsResource") || message.contains("resources.js")
                        ? "resources.js"
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
                    return Optional.of(message.lines()
                            .filter(l -> !l.strip().startsWith("at "))
                            .limit(6)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse(message));
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
