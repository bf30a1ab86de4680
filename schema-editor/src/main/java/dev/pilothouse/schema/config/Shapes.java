package dev.pilothouse.schema.config;

import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Classifies YAML values the way Harper reads them. Harper parses config.yaml as YAML 1.2, where {@code yes},
 * {@code no}, {@code on} and {@code off} are strings, while SnakeYAML resolves them as YAML 1.1 booleans.
 */
final class Shapes {

    enum Kind {
        BOOLEAN,
        NUMBER,
        STRING,
        NULL,
        LIST,
        MAPPING
    }

    private static final Set<String> BOOLEANS_1_2 = Set.of("true", "false");

    private Shapes() {}

    static Kind kind(Node node) {
        if (node instanceof MappingNode) {
            return Kind.MAPPING;
        }
        if (node instanceof SequenceNode) {
            return Kind.LIST;
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        if (Tag.BOOL.equals(tag)) {
            return BOOLEANS_1_2.contains(s.getValue().toLowerCase(Locale.ROOT)) ? Kind.BOOLEAN : Kind.STRING;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return Kind.NUMBER;
        }
        if (Tag.NULL.equals(tag)) {
            return Kind.NULL;
        }
        return Kind.STRING;
    }

    static String describe(Node node) {
        return switch (kind(node)) {
            case MAPPING -> "a mapping";
            case LIST -> "a list";
            case NULL -> "no value";
            case BOOLEAN -> "the boolean " + ((ScalarNode) node).getValue();
            case NUMBER -> "the number " + ((ScalarNode) node).getValue();
            case STRING -> "the string \"" + clip(((ScalarNode) node).getValue()) + "\"";
        };
    }

    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
