package dev.pilothouse.workspace.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one viewer sees of one table's records (from {@link Protection#mask}): the whole table withheld, with the
 * reason, or each protected attribute replaced by a text that says why ({@code ‹protected by policy›}). The same
 * mask serves the rows of a data view, its live changes and anything exported from it.
 */
public record RecordMask(String table, Optional<String> whole, Map<String, String> attributes) {

    /** Shown to viewers with clearance: nothing withheld. */
    public static RecordMask open(String table) {
        return new RecordMask(table, Optional.empty(), Map.of());
    }

    public RecordMask {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** The same mask for a viewer: withheld without clearance, {@link #open} with it. */
    public RecordMask forViewer(boolean cleared) {
        return cleared ? open(table) : this;
    }

    public boolean hidesAll() {
        return whole.isPresent();
    }

    public boolean masks(String attribute) {
        return hidesAll() || attributes.containsKey(attribute);
    }

    public boolean isOpen() {
        return whole.isEmpty() && attributes.isEmpty();
    }

    /** The text shown in place of a masked value: {@code ‹protected by policy›}, {@code ‹@protected in schema.graphql›}. */
    public String cell(String attribute) {
        return "\u2039" + whole.orElseGet(() -> attributes.get(attribute)) + "\u203a";
    }

    /** Why the whole table is withheld, as a viewer reads it. */
    public String notice() {
        return whole.map(why -> table + " is " + why + ": " + Clearance.WHO + " see its records")
                .orElse("");
    }

    /** A record with masked values replaced; a record of a withheld table keeps nothing but masks. */
    public Map<String, Object> apply(Map<String, Object> record) {
        if (record == null || isOpen()) {
            return record;
        }
        Map<String, Object> out = new LinkedHashMap<>(record);
        out.replaceAll((k, v) -> masks(k) ? cell(k) : v);
        return out;
    }

    /** As {@link #apply(Map)}, for JSON; non-objects of a withheld table become the table's mask text. */
    public JsonNode apply(JsonNode record) {
        if (record == null || isOpen()) {
            return record;
        }
        if (!(record instanceof ObjectNode object)) {
            return hidesAll() ? com.fasterxml.jackson.databind.node.TextNode.valueOf(cell("")) : record;
        }
        ObjectNode copy = object.deepCopy();
        object.fieldNames().forEachRemaining(k -> {
            if (masks(k)) {
                copy.put(k, cell(k));
            }
        });
        return copy;
    }
}
