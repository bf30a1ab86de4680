package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The protection the consoles' data views apply: the console home's policy and the app's schemas that carry
 * markers. The schemas are the working tree's {@code schema.graphql}, the committed head's and the last deployed
 * one's, so a marker removed in an editor (or in a commit not yet deployed) still masks what is live.
 */
public record ProtectedData(Protection protection, List<SchemaModel> schemas) {

    public ProtectedData {
        schemas = List.copyOf(schemas);
    }

    /** Loads the policy of {@code home} and the schemas of {@code workspace} (null: the policy's names only). */
    public static ProtectedData load(PilothouseHome home, Path workspace) {
        Policy policy = new PolicyStore(home.policyFile()).load();
        List<String> texts = new ArrayList<>();
        if (workspace != null) {
            read(workspace.resolve("schema.graphql"), texts);
            if (Files.isDirectory(workspace.resolve(".git"))) {
                try (Versioning git = Versioning.open(workspace)) {
                    add(git.files(git.head()).get("schema.graphql"), texts);
                    List<DeployTag> tags = git.deployTags();
                    if (!tags.isEmpty()) {
                        add(git.files(tags.get(tags.size() - 1).commit()).get("schema.graphql"), texts);
                    }
                } catch (RuntimeException e) {
                    // not a repository Pilothouse can read (no main yet): the working tree's schema still counts
                }
            }
        }
        LanguageService language = new LanguageService();
        List<SchemaModel> models = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Analysis analysis =
                    language.analyze(new DocumentSnapshot("protection/" + i + "/schema.graphql", 1, texts.get(i)));
            if (analysis.model() != null) {
                models.add(analysis.model());
            }
        }
        return new ProtectedData(new Protection(policy), models);
    }

    /** What the viewer sees of {@code database.table}; {@code cleared} per {@link Clearance}. */
    public RecordMask mask(String database, String table, boolean cleared) {
        return protection.mask(schemas, database, table).forViewer(cleared);
    }

    /**
     * What the viewer sees of the records on a stream path ({@code /Client/}, {@code Client/#}, {@code /Client/7}):
     * the table whose export path is the first segment, else a table of that name in any database.
     */
    public RecordMask maskForPath(String path, boolean cleared) {
        String segment = path.replaceFirst("^/+", "").split("[/?#]", 2)[0];
        for (SchemaModel model : schemas) {
            for (var t : model.tables()) {
                if (t.export() != null && t.export().pathFor(t.typeName()).equals(segment)) {
                    return mask(t.database(), t.tableName(), cleared);
                }
            }
        }
        return protection.mask(schemas, null, segment).forViewer(cleared);
    }

    private static void read(Path file, List<String> texts) {
        if (Files.isRegularFile(file)) {
            try {
                add(Files.readString(file), texts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " to find protected data", e);
            }
        }
    }

    private static void add(String text, List<String> texts) {
        if (text != null && !texts.contains(text)) {
            texts.add(text);
        }
    }
}
