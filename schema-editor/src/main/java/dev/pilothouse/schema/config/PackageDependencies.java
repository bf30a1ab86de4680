package dev.pilothouse.schema.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** The npm dependencies an app declares in the package.json next to its config.yaml. */
final class PackageDependencies {

    private static final String[] SECTIONS = {
        "dependencies", "devDependencies", "peerDependencies", "optionalDependencies"
    };

    private PackageDependencies() {}

    /** Dependency names, or empty when there is no readable package.json (then nothing can be declared). */
    static Optional<Set<String>> read(Path appDir) {
        Path file = appDir.resolve("package.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // JSON is YAML except that YAML forbids tabs as indentation; tabs cannot occur inside JSON strings
            // unescaped, so turning every tab into a space keeps the document's meaning.
            String json = Files.readString(file, StandardCharsets.UTF_8).replace('\t', ' ');
            Object root = new Yaml(new LoaderOptions()).load(json);
            Set<String> names = new LinkedHashSet<>();
            if (root instanceof Map<?, ?> map) {
                for (String section : SECTIONS) {
                    if (map.get(section) instanceof Map<?, ?> deps) {
                        deps.keySet().forEach(k -> names.add(String.valueOf(k)));
                    }
                }
            }
            return Optional.of(names);
        } catch (IOException | YAMLException e) {
            return Optional.empty();
        }
    }
}
