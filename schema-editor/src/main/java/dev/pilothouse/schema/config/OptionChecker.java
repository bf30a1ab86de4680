package dev.pilothouse.schema.config;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.Suggest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Checks the value of one top-level config.yaml key against its {@link PluginSpec}. */
final class OptionChecker {

    private static final Map<String, ValueShape> FILES_OBJECT =
            Map.of("source", ValueShape.STRING, "only", ValueShape.STRING, "ignore", ValueShape.STRING_LIST);
    private static final Set<String> ONLY_VALUES = Set.of("all", "files", "directories");
    private static final Map<String, ValueShape> CUSTOM =
            Map.of("package", ValueShape.STRING, "files", ValueShape.FILES, "urlPath", ValueShape.URL_PATH);

    private final YamlText yaml;
    private final FileReferences files;
    private final List<Diagnostic> out;

    OptionChecker(YamlText yaml, FileReferences files, List<Diagnostic> out) {
        this.yaml = yaml;
        this.files = files;
        this.out = out;
    }

    void plugin(PluginSpec spec, Node key, Node value) {
        Shapes.Kind kind = Shapes.kind(value);
        if (kind == Shapes.Kind.MAPPING) {
            options(spec, key, (MappingNode) value);
        } else if (kind == Shapes.Kind.NULL) {
            missing(spec, key, Set.of());
        } else if (!(spec.openOptions() || spec.acceptsBoolean() && kind == Shapes.Kind.BOOLEAN)) {
            wrongPluginValue(spec, value, kind);
        }
    }

    /** A plugin from package.json: we only know the options every component shares. */
    void custom(String name, Node value) {
        if (value instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String option = name(t.getKeyNode());
                if (CUSTOM.containsKey(option)) {
                    shape(name + "." + option, CUSTOM.get(option), t.getValueNode());
                }
            }
        }
    }

    private void options(PluginSpec spec, Node key, MappingNode mapping) {
        Set<String> present = new HashSet<>();
        for (NodeTuple t : mapping.getValue()) {
            String option = name(t.getKeyNode());
            present.add(option);
            ValueShape shape = spec.options().get(option);
            if (shape != null) {
                shape(spec.name() + "." + option, shape, t.getValueNode());
            } else if (!spec.openOptions()) {
                unknownOption(
                        spec.name(), t.getKeyNode(), option, spec.options().keySet());
            }
        }
        missing(spec, key, present);
    }

    private void missing(PluginSpec spec, Node key, Set<String> present) {
        for (String required : spec.required().stream().sorted().toList()) {
            if (!present.contains(required)) {
                report(
                        ConfigChecker.MISSING_OPTION,
                        Severity.ERROR,
                        key,
                        spec.name() + " at " + at(key)
                                + " needs a '" + required + "' option, e.g. `" + spec.name() + ": { " + required
                                + ": ... }`");
            }
        }
    }

    private void wrongPluginValue(PluginSpec spec, Node value, Shapes.Kind kind) {
        String expected =
                spec.acceptsBoolean() ? "true, false or a mapping of options" : "a mapping of options such as `files:`";
        List<QuickFix> fixes = List.of();
        if (!spec.acceptsBoolean()
                && kind == Shapes.Kind.STRING
                && spec.options().containsKey("files")) {
            int start = yaml.offset(value.getStartMark());
            int end = yaml.offset(value.getEndMark());
            fixes = List.of(QuickFix.replace(
                    "Move into 'files:'",
                    start,
                    end,
                    "\n  files: " + yaml.text().substring(start, end)));
        }
        out.add(new Diagnostic(
                ConfigChecker.WRONG_TYPE,
                Severity.ERROR,
                yaml.range(value),
                spec.name() + " expects " + expected + ", found " + Shapes.describe(value) + " at " + at(value),
                fixes));
    }

    private void unknownOption(String plugin, Node key, String option, Set<String> known) {
        Optional<String> nearest = Suggest.nearest(option, known);
        List<QuickFix> fixes = nearest.map(n -> List.of(QuickFix.replace(
                        "Change to '" + n + "'", yaml.offset(key.getStartMark()), yaml.offset(key.getEndMark()), n)))
                .orElse(List.of());
        out.add(new Diagnostic(
                ConfigChecker.UNKNOWN_OPTION,
                Severity.ERROR,
                yaml.range(key),
                "unknown option '"
                        + option + "' of " + plugin + " at " + at(key)
                        + nearest.map(n -> "; did you mean '" + n + "'?")
                                .orElse("; known options: "
                                        + String.join(
                                                ", ", known.stream().sorted().toList())),
                fixes));
    }

    private void shape(String what, ValueShape shape, Node value) {
        Shapes.Kind kind = Shapes.kind(value);
        switch (shape) {
            case ANY -> {}
            case BOOLEAN -> expect(what, shape, value, kind == Shapes.Kind.BOOLEAN);
            case STRING -> expect(what, shape, value, kind == Shapes.Kind.STRING);
            case URL_PATH -> {
                if (expect(what, shape, value, kind == Shapes.Kind.STRING)) {
                    urlPath(what, (ScalarNode) value);
                }
            }
            case STRING_LIST -> stringList(what, shape, value, kind);
            case FILES -> files(what, value, kind);
            case NOT_FOUND -> notFound(what, value, kind);
        }
    }

    private void stringList(String what, ValueShape shape, Node value, Shapes.Kind kind) {
        if (kind == Shapes.Kind.STRING) {
            return;
        }
        if (expect(what, shape, value, kind == Shapes.Kind.LIST)) {
            for (Node item : ((SequenceNode) value).getValue()) {
                expect(what + " item", ValueShape.STRING, item, Shapes.kind(item) == Shapes.Kind.STRING);
            }
        }
    }

    private void files(String what, Node value, Shapes.Kind kind) {
        switch (kind) {
            case STRING -> fileExists(what, (ScalarNode) value);
            case LIST -> {
                for (Node item : ((SequenceNode) value).getValue()) {
                    if (expect(what + " item", ValueShape.STRING, item, Shapes.kind(item) == Shapes.Kind.STRING)) {
                        fileExists(what, (ScalarNode) item);
                    }
                }
            }
            case MAPPING -> filesObject(what, (MappingNode) value);
            default -> expect(what, ValueShape.FILES, value, false);
        }
    }

    private void filesObject(String what, MappingNode mapping) {
        boolean hasSource = false;
        for (NodeTuple t : mapping.getValue()) {
            String option = name(t.getKeyNode());
            Node v = t.getValueNode();
            ValueShape shape = FILES_OBJECT.get(option);
            if (shape == null) {
                unknownOption(what, t.getKeyNode(), option, FILES_OBJECT.keySet());
                continue;
            }
            shape(what + "." + option, shape, v);
            if (option.equals("source") && Shapes.kind(v) == Shapes.Kind.STRING) {
                hasSource = true;
                fileExists(what, (ScalarNode) v);
            }
            if (option.equals("only") && v instanceof ScalarNode s && !ONLY_VALUES.contains(s.getValue())) {
                report(
                        ConfigChecker.WRONG_TYPE,
                        Severity.ERROR,
                        v,
                        what + ".only at " + at(v) + " must be all, files or directories, found \""
                                + Shapes.clip(s.getValue()) + "\"");
            }
        }
        if (!hasSource) {
            report(
                    ConfigChecker.MISSING_OPTION,
                    Severity.ERROR,
                    mapping,
                    what + " at " + at(mapping) + " is an object and needs a 'source' glob");
        }
    }

    private void notFound(String what, Node value, Shapes.Kind kind) {
        if (kind == Shapes.Kind.STRING) {
            fileExists(what, (ScalarNode) value);
        } else if (expect(what, ValueShape.NOT_FOUND, value, kind == Shapes.Kind.MAPPING)) {
            for (NodeTuple t : ((MappingNode) value).getValue()) {
                String option = name(t.getKeyNode());
                Node v = t.getValueNode();
                if (option.equals("file")
                        && expect(what + ".file", ValueShape.STRING, v, Shapes.kind(v) == Shapes.Kind.STRING)) {
                    fileExists(what, (ScalarNode) v);
                } else if (option.equals("statusCode")) {
                    if (Shapes.kind(v) != Shapes.Kind.NUMBER) {
                        report(
                                ConfigChecker.WRONG_TYPE,
                                Severity.ERROR,
                                v,
                                what + ".statusCode at " + at(v) + " must be a number, found " + Shapes.describe(v));
                    }
                } else if (!option.equals("file")) {
                    unknownOption(what, t.getKeyNode(), option, Set.of("file", "statusCode"));
                }
            }
        }
    }

    private void urlPath(String what, ScalarNode value) {
        for (String segment : value.getValue().split("/", -1)) {
            if (segment.equals("..")) {
                report(
                        ConfigChecker.URL_PATH_PARENT,
                        Severity.ERROR,
                        value,
                        what + " at " + at(value)
                                + " must not contain '..': Harper rejects URL paths that climb out of the component");
                return;
            }
        }
    }

    private void fileExists(String what, ScalarNode glob) {
        if (files != null && !files.matchesAnything(glob.getValue())) {
            report(
                    ConfigChecker.NO_MATCHING_FILE,
                    Severity.WARNING,
                    glob,
                    what + " at " + at(glob) + ": nothing in the app folder matches \"" + Shapes.clip(glob.getValue())
                            + "\"");
        }
    }

    private boolean expect(String what, ValueShape shape, Node value, boolean ok) {
        if (!ok) {
            report(
                    ConfigChecker.WRONG_TYPE,
                    Severity.ERROR,
                    value,
                    what + " at " + at(value) + " must be " + shape.description() + ", found "
                            + Shapes.describe(value));
        }
        return ok;
    }

    private void report(String code, Severity severity, Node node, String message) {
        out.add(new Diagnostic(code, severity, yaml.range(node), message));
    }

    private String at(Node node) {
        return ConfigChecker.at(yaml, node);
    }

    private static String name(Node key) {
        return key instanceof ScalarNode s ? s.getValue() : "";
    }
}
