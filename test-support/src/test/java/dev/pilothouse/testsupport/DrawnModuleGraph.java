package dev.pilothouse.testsupport;

import dev.pilothouse.testsupport.ModuleGraph.Edge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module drawing of docs/architecture.md (a mermaid flowchart): nodes are {@code id[module-folder<br/>…]},
 * solid arrows {@code a --> b & c} are the compile dependencies the design allows, dotted arrows
 * {@code a -.label.-> b} the other relations (run-time class path, packaging, test scope).
 */
record DrawnModuleGraph(Set<Edge> solid, Set<Edge> dotted, Set<String> modules) {

    private static final Pattern NODE = Pattern.compile("(\\w+)\\[([\\w/-]+)[^\\]]*]");
    private static final Pattern SOLID = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(.+)$");
    private static final Pattern DOTTED = Pattern.compile("^\\s*(\\w+)\\s*-\\.[^.]*\\.->\\s*(.+)$");

    static DrawnModuleGraph read(Path architectureMd) {
        List<String> lines;
        try {
            lines = Files.readAllLines(architectureMd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("```mermaid");
        if (start < 0) {
            throw new IllegalStateException(architectureMd + " has no mermaid module drawing");
        }
        List<String> chart =
                lines.subList(start + 1, lines.subList(start + 1, lines.size()).indexOf("```") + start + 1);
        Map<String, String> folderById = new LinkedHashMap<>();
        for (String line : chart) {
            if (line.strip().startsWith("subgraph")) {
                continue;
            }
            Matcher node = NODE.matcher(line);
            while (node.find()) {
                folderById.put(node.group(1), node.group(2));
            }
        }
        Set<Edge> solid = new LinkedHashSet<>();
        Set<Edge> dotted = new LinkedHashSet<>();
        for (String line : chart) {
            Matcher arrow = SOLID.matcher(line);
            Set<Edge> into = solid;
            if (!arrow.matches()) {
                arrow = DOTTED.matcher(line);
                into = dotted;
                if (!arrow.matches()) {
                    continue;
                }
            }
            String from = folderById.get(arrow.group(1));
            for (String target : arrow.group(2).split("&")) {
                String to = folderById.get(target.trim());
                if (from != null && to != null) {
                    into.add(new Edge(from, to));
                }
            }
        }
        return new DrawnModuleGraph(solid, dotted, new LinkedHashSet<>(folderById.values()));
    }
}
