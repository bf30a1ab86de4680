package dev.pilothouse.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Writes app files into a staging folder of the console's home (validation reads config.yaml's references there). */
final class DeployStage {

    private DeployStage() {}

    static Path write(Path dir, Map<String, String> files) {
        try {
            OwnerOnly.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                if (AppFiles.ALL.contains(file.getKey())) {
                    OwnerOnly.write(dir.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the app files in " + dir, e);
        }
    }
}
