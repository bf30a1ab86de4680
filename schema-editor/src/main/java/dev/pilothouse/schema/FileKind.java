package dev.pilothouse.schema;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of app file; the kind follows the file name. */
public enum FileKind {
    SCHEMA,
    CONFIG,
    RESOURCES;

    /** The kind of a file named by a path or URI, or empty when Pilothouse does not know it. */
    public static Optional<FileKind> detect(String pathOrUri) {
        String name = pathOrUri
                .substring(Math.max(pathOrUri.lastIndexOf('/'), pathOrUri.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        if (name.endsWith(".graphql") || name.endsWith(".graphqls") || name.endsWith(".gql")) {
            return Optional.of(SCHEMA);
        }
        if (name.equals("config.yaml") || name.equals("config.yml")) {
            return Optional.of(CONFIG);
        }
        if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs")) {
            return Optional.of(RESOURCES);
        }
        return Optional.empty();
    }

    static FileKind of(String uri) {
        return detect(uri)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown file kind: " + uri + " (expected *.graphql, config.yaml or *.js)"));
    }
}
