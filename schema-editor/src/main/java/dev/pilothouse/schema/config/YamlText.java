package dev.pilothouse.schema.config;

import dev.pilothouse.schema.text.LineMap;
import dev.pilothouse.schema.text.TextRange;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Converts SnakeYAML marks to our ranges. Marks count code points; our offsets count UTF-16 units, so the two
 * differ after the first character outside the BMP (an emoji in a comment, say).
 */
final class YamlText {

    private final String text;
    private final LineMap lines;
    private final boolean astral;

    YamlText(String text) {
        this.text = text;
        this.lines = LineMap.of(text);
        this.astral = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    String text() {
        return text;
    }

    LineMap lines() {
        return lines;
    }

    int offset(Mark mark) {
        int cp = mark.getIndex();
        if (!astral) {
            return Math.min(cp, text.length());
        }
        int cpCount = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(cp, cpCount));
    }

    TextRange range(Node node) {
        return lines.range(offset(node.getStartMark()), offset(node.getEndMark()));
    }

    String position(int offset) {
        return "line " + lines.line(offset) + ", column " + lines.column(offset);
    }
}
