package dev.pilothouse.workspace.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An app's {@code package.json}, as far as governance cares: whether it reads, whether it makes {@code resources.js}
 * an ES module, and which of its top-level keys a change alters that decide what code runs. Harper installs the
 * {@code dependencies} of a deployed component with npm, whose lifecycle {@code scripts} run at install; {@code type},
 * {@code main}, {@code exports} and {@code imports} decide how the code loads; {@code overrides} swaps packages deep
 * in the tree. Only plain metadata ({@link #METADATA}) stays outside; an unknown key counts, as in {@link
 * BoundaryConfig}. Values are compared as parsed, so layout alone is no change.
 */
public final class PackageManifest {

    /** Keys that change nothing that runs. */
    public static final Set<String> METADATA = Set.of(
            "name",
            "version",
            "description",
            "private",
            "license",
            "author",
            "contributors",
            "keywords",
            "homepage",
            "repository",
            "bugs",
            "funding");

    /** A problem at a line and column (1-based) of the file. */
    public record Problem(int line, int column, boolean error, String message) {}

    /** One changed key and the line (1-based) where it is now, or where it was when removed. */
    public record Change(String key, int line, String how) {}

    private PackageManifest() {}

    /** What is wrong with the file: unreadable JSON, not an object, or code that would load as CommonJS. */
    public static List<Problem> problems(String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(new Problem(
                    e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 1 : e.getLocation().getColumnNr(),
                    true,
                    "not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return List.of(new Problem(1, 1, true, "must be a JSON object"));
        }
        if (!"module".equals(root.path("type").asText())) {
            int line = lines(text).getOrDefault("type", 1);
            return List.of(new Problem(
                    line,
                    1,
                    false,
                    "\"type\" is not \"module\": Node loads resources.js as"
                            + " CommonJS, where its export statements fail"));
        }
        return List.of();
    }

    /** The keys {@code after} adds, removes or changes against {@code before} (either may be null: no file). */
    public static List<Change> changes(String before, String after) {
        Optional<Map<String, JsonNode>> old = keys(before);
        Optional<Map<String, JsonNode>> now = keys(after);
        if (old.isEmpty() || now.isEmpty()) {
            String text = now.isEmpty() ? after : before;
            Problem why = problems(text).stream()
                    .filter(Problem::error)
                    .findFirst()
                    .orElse(new Problem(1, 1, true, "must be a JSON object"));
            return List.of(new Change(
                    "(the whole file)",
                    why.line(),
                    "cannot be read (" + why.message() + "), so what it installs and runs cannot be checked"));
        }
        Map<String, Integer> nowLines = after == null ? Map.of() : lines(after);
        Map<String, Integer> oldLines = before == null ? Map.of() : lines(before);
        List<Change> out = new ArrayList<>();
        now.get().forEach((key, value) -> {
            JsonNode was = old.get().get(key);
            if (!METADATA.contains(key) && !value.equals(was)) {
                out.add(new Change(key, nowLines.getOrDefault(key, 1), was == null ? "adds" : "changes"));
            }
        });
        old.get().keySet().stream()
                .filter(key -> !now.get().containsKey(key) && !METADATA.contains(key))
                .forEach(key -> out.add(new Change(key, oldLines.getOrDefault(key, 1), "removes")));
        return out;
    }

    private static Optional<Map<String, JsonNode>> keys(String text) {
        if (text == null) {
            return Optional.of(Map.of());
        }
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            Map<String, JsonNode> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            return Optional.of(out);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The line of each top-level key. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                out.putIfAbsent(
                        parser.currentName(), parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            return out; // the keys before the error keep their lines
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
