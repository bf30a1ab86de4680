package dev.pilothouse.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point both editors and the CLI use. Results carry the document version they were computed from,
 * and analyses are cached per URI for the latest version asked for.
 */
public final class LanguageService {

    private final Map<String, Analysis> cache = new ConcurrentHashMap<>();

    public Analysis analyze(DocumentSnapshot snapshot) {
        Analysis cached = cache.get(snapshot.uri());
        if (cached != null && cached.version() == snapshot.version()) {
            return cached;
        }
        Analysis fresh = switch (snapshot.kind()) {
            case SCHEMA -> SchemaAnalyzer.analyze(snapshot);
            case CONFIG, RESOURCES -> throw new UnsupportedOperationException(snapshot.kind() + " analysis");
        };
        cache.put(snapshot.uri(), fresh);
        return fresh;
    }

    /** Forgets a closed document. */
    public void close(String uri) {
        cache.remove(uri);
    }
}
