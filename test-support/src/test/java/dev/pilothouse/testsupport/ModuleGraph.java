package dev.pilothouse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module edges the reactor's pom files declare, by module folder ({@code workspace}, {@code plugins/plugin-api}):
 * compile-scope edges and runtime-scope edges apart; test scope is left out (test-support is everywhere).
 */
record ModuleGraph(Set<Edge> compile, Set<Edge> runtime, Set<String> modules) {

    record Edge(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    static ModuleGraph read(Path root) {
        Map<String, String> folderByArtifact = new LinkedHashMap<>();
        Map<String, Element> pomByFolder = new LinkedHashMap<>();
        try (Stream<Path> poms = Files.walk(root, 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("node_modules"))
                    .toList()) {
                Path folder = root.relativize(pom.getParent());
                if (folder.toString().isEmpty()) {
                    continue;
                }
                Element project = parse(pom);
                folderByArtifact.put(child(project, "artifactId"), folder.toString());
                pomByFolder.put(folder.toString(), project);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Edge> compile = new LinkedHashSet<>();
        Set<Edge> runtime = new LinkedHashSet<>();
        pomByFolder.forEach((folder, project) -> {
            NodeList dependencies = project.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                if (dependency.getParentNode().getParentNode() != project) {
                    continue; // dependencyManagement or a plugin's dependencies
                }
                String target = folderByArtifact.get(child(dependency, "artifactId"));
                String scope = child(dependency, "scope");
                if (target == null || "test".equals(scope)) {
                    continue;
                }
                (scope == null || scope.equals("compile") ? compile : runtime).add(new Edge(folder, target));
            }
        });
        return new ModuleGraph(compile, runtime, pomByFolder.keySet());
    }

    private static Element parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
