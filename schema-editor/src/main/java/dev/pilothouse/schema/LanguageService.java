package dev.pilothouse.schema;

import dev.pilothouse.schema.config.ConfigChecker;
import dev.pilothouse.schema.config.ConfigHighlighter;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.highlight.SchemaHighlighter;
import dev.pilothouse.schema.highlight.TokenSpans;
import dev.pilothouse.schema.js.ResourcesChecker;
import dev.pilothouse.schema.js.ResourcesHighlighter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point both editors and the CLI use for the three app files. Results carry the document version
 * they were computed from; analyses are cached per URI for the latest version asked for.
 */
public final class LanguageService {

    private final Map<String, Analysis> cache = new ConcurrentHashMap<>();
    private final ConfigChecker configChecker = new ConfigChecker();
    private final ResourcesChecker resourcesChecker = new ResourcesChecker();
    private final SchemaHighlighter schemaHighlighter = new SchemaHighlighter();
    private final ConfigHighlighter configHighlighter = new ConfigHighlighter();
    private final ResourcesHighlighter resourcesHighlighter = new ResourcesHighlighter();
    private final ExtraSchemaRules extraRules;

    public LanguageService() {
        this(ExtraSchemaRules.NONE);
    }

    /** With {@code extraRules} (e.g. plugin lint rules) added to every schema file's diagnostics. */
    public LanguageService(ExtraSchemaRules extraRules) {
        this.extraRules = extraRules;
    }

    public Analysis analyze(DocumentSnapshot snapshot) {
        Analysis cached = cache.get(snapshot.uri());
        if (cached != null && cached.version() == snapshot.version()) {
            return cached;
        }
        Analysis fresh = withHiddenText(
                switch (snapshot.kind()) {
                    case SCHEMA -> withExtraRules(SchemaAnalyzer.analyze(snapshot), snapshot);
                    case CONFIG ->
                        new Analysis(
                                snapshot.uri(),
                                snapshot.version(),
                                FileKind.CONFIG,
                                configChecker.check(snapshot, appDir(snapshot.uri())),
                                null,
                                null);
                    case RESOURCES ->
                        new Analysis(
                                snapshot.uri(),
                                snapshot.version(),
                                FileKind.RESOURCES,
                                resourcesChecker.check(snapshot),
                                null,
                                null);
                },
                snapshot);
        cache.put(snapshot.uri(), fresh);
        return fresh;
    }

    /** Every file, whatever its kind, is checked for characters that hide what a line does ({@link HiddenText}). */
    private static Analysis withHiddenText(Analysis analysis, DocumentSnapshot snapshot) {
        List<Diagnostic> hidden = HiddenText.check(snapshot);
        if (hidden.isEmpty()) {
            return analysis;
        }
        List<Diagnostic> all = new ArrayList<>(analysis.diagnostics());
        all.addAll(hidden);
        return new Analysis(
                analysis.uri(), analysis.version(), analysis.kind(), all, analysis.parsed(), analysis.model());
    }

    private Analysis withExtraRules(Analysis analysis, DocumentSnapshot snapshot) {
        List<Diagnostic> extra = extraRules.check(snapshot, analysis.model());
        if (extra.isEmpty()) {
            return analysis;
        }
        List<Diagnostic> all = new ArrayList<>(analysis.diagnostics());
        all.addAll(extra);
        return new Analysis(
                analysis.uri(), analysis.version(), analysis.kind(), all, analysis.parsed(), analysis.model());
    }

    /** Token spans of [start, end) of any of the three files; a pure function of the snapshot. */
    public TokenSpans highlight(DocumentSnapshot snapshot, int start, int end) {
        return switch (snapshot.kind()) {
            case SCHEMA -> schemaHighlighter.highlight(snapshot, start, end);
            case CONFIG -> configHighlighter.highlight(snapshot, start, end);
            case RESOURCES -> resourcesHighlighter.highlight(snapshot, start, end);
        };
    }

    /** Forgets a closed document. */
    public void close(String uri) {
        cache.remove(uri);
    }

    /** The folder of a file URI or path, when it exists: config.yaml refers to files relative to it. */
    static Path appDir(String uri) {
        try {
            Path file = uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)) : Path.of(uri);
            Path dir = file.toAbsolutePath().getParent();
            return dir != null && Files.isDirectory(dir) ? dir : null;
        } catch (IllegalArgumentException notAPath) { // includes InvalidPathException
            return null; // an in-memory document (e.g. a draft from an agent): skip file-existence checks
        }
    }
}
