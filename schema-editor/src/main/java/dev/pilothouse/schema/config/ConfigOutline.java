package dev.pilothouse.schema.config;

import dev.pilothouse.schema.DocumentSnapshot;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The plugins a config.yaml configures, with their file globs; empty when the YAML does not parse. */
public record ConfigOutline(long version, List<PluginEntry> plugins) {

    public ConfigOutline {
        plugins = List.copyOf(plugins);
    }

    public static ConfigOutline of(DocumentSnapshot snapshot, PluginCatalog catalog) {
        YamlText yaml = new YamlText(snapshot.text());
        List<PluginEntry> entries = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(ConfigChecker.MAX_CODE_POINTS);
            root = new Yaml(options).compose(new StringReader(snapshot.text()));
        } catch (YAMLException e) {
            return new ConfigOutline(snapshot.version(), entries);
        }
        if (root instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    entries.add(new PluginEntry(
                            key.getValue(),
                            yaml.lines()
                                    .range(
                                            yaml.offset(key.getStartMark()),
                                            yaml.offset(t.getValueNode().getEndMark())),
                            catalog.find(key.getValue()).isPresent(),
                            files(t.getValueNode())));
                }
            }
        }
        return new ConfigOutline(snapshot.version(), entries);
    }

    private static List<String> files(Node value) {
        if (!(value instanceof MappingNode m)) {
            return List.of();
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("files")) {
                return globs(t.getValueNode());
            }
        }
        return List.of();
    }

    private static List<String> globs(Node files) {
        if (files instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        if (files instanceof SequenceNode seq) {
            return seq.getValue().stream()
                    .filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue())
                    .toList();
        }
        if (files instanceof MappingNode m) {
            return m.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k
                            && k.getValue().equals("source"))
                    .flatMap(t -> globs(t.getValueNode()).stream())
                    .toList();
        }
        return List.of();
    }
}
