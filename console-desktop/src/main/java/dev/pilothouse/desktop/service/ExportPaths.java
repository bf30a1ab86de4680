package dev.pilothouse.desktop.service;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/** Where the app's schema exports each table over REST, read from the workspace's schema.graphql when asked. */
public final class ExportPaths {

    private ExportPaths() {}

    /** "database.table" to {@code /ExportName/}, for each table the workspace's schema exports; empty without one. */
    public static Map<String, String> in(Path workspace) {
        Path schema = workspace == null ? null : workspace.resolve("schema.graphql");
        if (schema == null || !Files.isRegularFile(schema, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try {
            SchemaModel model = new LanguageService()
                    .analyze(new DocumentSnapshot(schema.toString(), 1, Files.readString(schema)))
                    .model();
            return model == null ? Map.of() : model.restPaths();
        } catch (IOException e) {
            return Map.of(); // each table is then tried at its own name
        }
    }
}
