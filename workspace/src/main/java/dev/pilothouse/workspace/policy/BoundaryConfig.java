package dev.pilothouse.workspace.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The top-level keys of an app's {@code config.yaml} that decide what Harper exposes and who may reach it, and the
 * ones a change alters. Harper 4.7 reads each top-level key as a plugin with its options: {@code rest}, {@code
 * graphql}, {@code jsResource}, {@code fastifyRoutes} and {@code static} open endpoints; {@code authentication},
 * {@code login}, {@code roles} and {@code tls} decide who passes; {@code http}, {@code mqtt}, {@code operationsApi},
 * {@code customFunctions}, {@code replication} and {@code clustering} open listeners and peers; {@code graphqlSchema}
 * decides the tables and their exports; {@code dataLoader} writes records; {@code loadEnv} fills the process
 * environment. A key Harper does not ship (a plugin installed with {@code package:}) runs code of its own, so it
 * counts too. Only {@code logging} stays outside. Values are compared as parsed, so a change of comments, quoting or
 * layout alone is none.
 */
public final class BoundaryConfig {

    /** The keys Harper ships that widen or narrow exposure (ADR 0020); unknown keys count as well. */
    public static final Set<String> KEYS = Set.of(
            "rest",
            "REST",
            "graphql",
            "graphqlSchema",
            "jsResource",
            "fastifyRoutes",
            "static",
            "authentication",
            "login",
            "roles",
            "tls",
            "http",
            "mqtt",
            "operationsApi",
            "customFunctions",
            "replication",
            "clustering",
            "dataLoader",
            "loadEnv");
    /** Top-level keys that change nothing a client or the code can reach. */
    public static final Set<String> OUTSIDE = Set.of("logging");

    /** One changed key and the line of the file (1-based) where it is now, or where it was when removed. */
    public record Change(String key, int line, String how) {}

    private BoundaryConfig() {}

    /** The boundary keys {@code after} adds, removes or changes against {@code before} (either may be null). */
    public static List<Change> changes(String before, String after) {
        Map<String, Entry> old = entries(before);
        Map<String, Entry> now = entries(after);
        List<Change> out = new ArrayList<>();
        if (old == null || now == null) {
            out.add(new Change("(the whole file)", 1, "cannot be read as YAML, so no key can be checked"));
            return out;
        }
        now.forEach((key, entry) -> {
            Entry was = old.get(key);
            if (!OUTSIDE.contains(key) && (was == null || !was.value().equals(entry.value()))) {
                out.add(new Change(key, entry.line(), was == null ? "adds" : "changes"));
            }
        });
        old.forEach((key, entry) -> {
            if (!OUTSIDE.contains(key) && !now.containsKey(key)) {
                out.add(new Change(key, entry.line(), "removes"));
            }
        });
        return out;
    }

    /** Whether Harper ships the key (the others are plugins of the app's own choosing). */
    public static boolean known(String key) {
        return KEYS.contains(key) || OUTSIDE.contains(key);
    }

    private record Entry(String value, int line) {}

    /** Top-level key → its value in canonical form; a repeated key keeps every value. Null when unreadable. */
    private static Map<String, Entry> entries(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(100);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (YAMLException e) {
            return null;
        }
        if (root == null) {
            return out;
        }
        if (!(root instanceof MappingNode mapping)) {
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : canonical(tuple.getKeyNode(), 0);
            int line = tuple.getKeyNode().getStartMark().getLine() + 1;
            String value = canonical(tuple.getValueNode(), 0);
            out.merge(key, new Entry(value, line), (a, b) -> new Entry(a.value() + "\u0000" + b.value(), b.line()));
        }
        return out;
    }

    private static String canonical(Node node, int depth) {
        if (depth > 100) {
            return "…";
        }
        return switch (node) {
            case ScalarNode s -> s.getTag().getValue() + ":" + s.getValue();
            case SequenceNode q ->
                q.getValue().stream().map(n -> canonical(n, depth + 1)).toList().toString();
            case MappingNode m ->
                m.getValue().stream()
                        .map(t -> canonical(t.getKeyNode(), depth + 1) + "=" + canonical(t.getValueNode(), depth + 1))
                        .toList()
                        .toString();
            default -> Objects.toString(node.getTag());
        };
    }
}
