package dev.pilothouse.schema.config;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.Suggest;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Checks an app's config.yaml (codes PH3xx): YAML syntax, top-level plugin names, their options and value types,
 * and whether the files they name exist. Every diagnostic carries the line and column SnakeYAML reports.
 */
public final class ConfigChecker {

    public static final String SYNTAX = "PH300";
    public static final String UNKNOWN_KEY = "PH301";
    public static final String UNKNOWN_OPTION = "PH302";
    public static final String WRONG_TYPE = "PH303";
    public static final String NO_MATCHING_FILE = "PH304";
    public static final String MISSING_OPTION = "PH305";
    public static final String URL_PATH_PARENT = "PH306";
    public static final String DUPLICATE_KEY = "PH307";

    /** Far beyond any real config.yaml, but keeps a pasted log file from pinning a core. */
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private final PluginCatalog catalog;

    public ConfigChecker(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    public ConfigChecker() {
        this(PluginCatalog.harper47());
    }

    /** Checks one config.yaml; {@code appDir} (its folder) may be null, which skips the file-system checks. */
    public List<Diagnostic> check(DocumentSnapshot snapshot, Path appDir) {
        YamlText yaml = new YamlText(snapshot.text());
        List<Diagnostic> out = new ArrayList<>();
        Node root;
        try {
            root = compose(snapshot.text());
        } catch (YAMLException e) {
            out.add(syntaxError(yaml, e));
            return out;
        }
        if (root == null) {
            return out;
        }
        if (!(root instanceof MappingNode mapping)) {
            out.add(new Diagnostic(
                    WRONG_TYPE,
                    Severity.ERROR,
                    yaml.range(root),
                    "config.yaml must map plugin names" + " to their options, found " + Shapes.describe(root) + " at "
                            + at(yaml, root)));
            return out;
        }
        Optional<Set<String>> dependencies = appDir == null ? Optional.empty() : PackageDependencies.read(appDir);
        OptionChecker options = new OptionChecker(yaml, appDir == null ? null : new FileReferences(appDir), out);
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode s ? s.getValue() : "";
            Node first = seen.putIfAbsent(name, key);
            if (first != null) {
                out.add(new Diagnostic(
                        DUPLICATE_KEY,
                        Severity.ERROR,
                        yaml.range(key),
                        "duplicate key '" + name + "' at " + at(yaml, key) + " (first at " + at(yaml, first) + ")"));
                continue;
            }
            Optional<PluginSpec> spec = catalog.find(name);
            if (spec.isPresent()) {
                options.plugin(spec.get(), key, tuple.getValueNode());
            } else if (declared(name, tuple.getValueNode(), dependencies)) {
                options.custom(name, tuple.getValueNode());
            } else {
                out.add(unknownKey(yaml, key, name, appDir, dependencies));
            }
        }
        return out;
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        options.setCodePointLimit(MAX_CODE_POINTS);
        return new Yaml(options).compose(new StringReader(text));
    }

    private static boolean declared(String name, Node value, Optional<Set<String>> dependencies) {
        if (dependencies.map(d -> d.contains(name)).orElse(false)) {
            return true;
        }
        return value instanceof MappingNode m
                && m.getValue().stream()
                        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
                                && k.getValue().equals("package"));
    }

    private Diagnostic unknownKey(
            YamlText yaml, Node key, String name, Path appDir, Optional<Set<String>> dependencies) {
        Set<String> known = new LinkedHashSet<>(catalog.names());
        dependencies.ifPresent(known::addAll);
        Optional<String> nearest = Suggest.nearest(name, known);
        String why = appDir == null
                ? "; without the app folder its package.json could not be read"
                : dependencies.isPresent()
                        ? " nor a dependency in package.json"
                        : " and there is no package.json declaring it";
        String message = "unknown plugin '" + name + "' at " + at(yaml, key) + ": not a built-in Harper plugin" + why
                + nearest.map(n -> "; did you mean '" + n + "'?").orElse("");
        List<QuickFix> fixes = nearest.map(n -> List.of(QuickFix.replace(
                        "Change to '" + n + "'", yaml.offset(key.getStartMark()), yaml.offset(key.getEndMark()), n)))
                .orElse(List.of());
        Severity severity = appDir == null ? Severity.WARNING : Severity.ERROR;
        return new Diagnostic(UNKNOWN_KEY, severity, yaml.range(key), message, fixes);
    }

    private static Diagnostic syntaxError(YamlText yaml, YAMLException e) {
        int offset = 0;
        String problem = e.getMessage();
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            offset = yaml.offset(mark);
            problem = m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
        } else if (e instanceof ReaderException r) {
            offset = yaml.text()
                    .offsetByCodePoints(
                            0,
                            Math.min(
                                    r.getPosition(),
                                    yaml.text().codePointCount(0, yaml.text().length())));
            problem = String.format("special character U+%04X is not allowed in YAML", r.getCodePoint());
        }
        int end = Math.min(yaml.text().length(), offset + 1);
        return new Diagnostic(
                SYNTAX,
                Severity.ERROR,
                yaml.lines().range(offset, end),
                "YAML syntax error at " + yaml.position(offset) + ": " + problem.strip());
    }

    static String at(YamlText yaml, Node node) {
        return yaml.position(yaml.offset(node.getStartMark()));
    }
}
