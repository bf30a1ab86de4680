package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.Table;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the policy protects: a table or attribute named in {@code protectedPrimitives} (by type or
 * table name), or whose description carries the policy's marker. One rule, for every place data leaves Harper.
 */
public record Protection(Policy policy) {

    /** Why the whole table is protected, when it is. */
    public Optional<String> table(Table table) {
        for (String primitive : policy.protectedPrimitives()) {
            if (primitive.equals(table.typeName()) || primitive.equals(table.tableName())) {
                return Optional.of("protected by policy ('" + primitive + "')");
            }
        }
        return marked(table.description())
                ? Optional.of("protected by the marker " + policy.protectionMarker() + " in its description")
                : Optional.empty();
    }

    /** The attributes of a table protected by name or by marker. */
    public Set<String> attributes(Table table) {
        Set<String> out = new TreeSet<>();
        for (String primitive : policy.protectedPrimitives()) {
            int dot = primitive.indexOf('.');
            if (dot > 0) {
                String owner = primitive.substring(0, dot);
                if (owner.equals(table.typeName()) || owner.equals(table.tableName())) {
                    out.add(primitive.substring(dot + 1));
                }
            }
        }
        table.attributes().stream().filter(a -> marked(a.description())).map(Attribute::name).forEach(out::add);
        return out;
    }

    private boolean marked(String description) {
        return !policy.protectionMarker().isEmpty() && description != null
                && description.contains(policy.protectionMarker());
    }
}
