package dev.pilothouse.workspace.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.policy.Protection;
import dev.pilothouse.workspace.proposal.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies a bounded sample of the target's data into the shadow: the first {@code limit} records of each table the
 * change touches (read with the base schema's stored attributes), written through the proposal's schema. Protected
 * tables are not copied and protected attributes are never read: the shadow runs code no human has approved yet.
 * Records the shadow refuses are counted and named.
 */
final class ShadowSeed {

    record Result(List<String> lines, Verdict verdict, Map<String, String> firstIds) {
        static Result none(String why) {
            return new Result(List.of(why), Verdict.PASS, Map.of());
        }
    }

    private final HarperClient shadow;
    private final RuntimeTarget target;
    private final int limit;
    private final Protection protection;

    ShadowSeed(HarperClient shadow, RuntimeTarget target, int limit, Protection protection) {
        this.shadow = shadow;
        this.target = target;
        this.limit = limit;
        this.protection = protection;
    }

    /** {@code firstIds}: type name → the id of one record that reached the shadow (for a GET by id). */
    Result seed(SchemaModel before, SchemaModel after, Set<String> typeNames) {
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        Map<String, String> firstIds = new LinkedHashMap<>();
        for (String type : typeNames) {
            Optional<Table> old = before.table(type);
            Optional<Table> now = after.table(type);
            if (old.isEmpty() || now.isEmpty()) {
                continue; // a new table has no data yet; a removed one is not in the shadow
            }
            Optional<String> wholeTable = protection.table(old.get()).or(() -> protection.table(now.get()));
            if (wholeTable.isPresent()) {
                lines.add(type + ": not copied to the shadow, " + wholeTable.get());
                continue;
            }
            Set<String> hidden = new TreeSet<>(protection.attributes(old.get()));
            hidden.addAll(protection.attributes(now.get()));
            List<String> attributes = old.get().attributes().stream()
                    .filter(Attribute::stored)
                    .map(Attribute::name)
                    .filter(a -> !hidden.contains(a))
                    .toList();
            List<JsonNode> records;
            try {
                records = target.sample(old.get().database(), old.get().tableName(), attributes, limit);
            } catch (RuntimeException e) {
                lines.add(type + ": could not read a sample from " + target.describe() + ": " + e.getMessage());
                verdict = verdict.worst(Verdict.WARN);
                continue;
            }
            String key = now.get().primaryKey().map(Attribute::name).orElse("id");
            List<String> refused = new ArrayList<>();
            int written = 0;
            for (JsonNode record : records) {
                ObjectNode copy = ((ObjectNode) record).deepCopy();
                copy.properties().removeIf(e -> e.getValue().isNull()); // absent, as Harper stored it
                try {
                    shadow.upsert(now.get().database(), now.get().tableName(), List.of(copy));
                    written++;
                    if (!firstIds.containsKey(type) && copy.hasNonNull(key)) {
                        firstIds.put(type, copy.get(key).asText());
                    }
                } catch (HarperException e) {
                    refused.add(copy.path(key).asText("?") + ": " + e.getMessage());
                }
            }
            lines.add(type + ": seeded " + written + " of " + records.size() + " sample records (first " + limit
                    + " of the target)"
                    + (hidden.isEmpty() ? "" : "; protected attributes left out: " + String.join(", ", hidden))
                    + (refused.isEmpty()
                            ? ""
                            : "; refused " + refused.size() + ": "
                                    + String.join("; ", refused.subList(0, Math.min(3, refused.size())))));
            if (!refused.isEmpty()) {
                verdict = verdict.worst(Verdict.WARN);
            }
        }
        return new Result(lines, verdict, firstIds);
    }
}
