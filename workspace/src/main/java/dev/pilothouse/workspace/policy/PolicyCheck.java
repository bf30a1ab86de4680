package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds the schema changes that touch a protected table or attribute, naming the rule and the primitive. */
public final class PolicyCheck {

    public static final String RULE = "protected-primitive";

    private PolicyCheck() {
    }

    public static List<String> violations(Policy policy, SchemaModel before, List<SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange change : changes) {
            Set<String> names = namesOf(before, change);
            for (String primitive : policy.protectedPrimitives()) {
                boolean tableLevel = change.attribute() == null
                        && names.stream().anyMatch(t -> primitive.startsWith(t + "."));
                if (names.contains(primitive) || tableLevel) {
                    out.add(change.change().label() + " on " + change.table()
                            + (change.attribute() == null ? "" : "." + change.attribute()) + " touches protected '"
                            + primitive + "' (rule " + RULE + "; a human may 'policy unprotect " + primitive + "')");
                }
            }
        }
        return out;
    }

    /** Every name the change can be protected under: type and table name, alone and with the attribute. */
    private static Set<String> namesOf(SchemaModel before, SchemaChange change) {
        Set<String> tables = new TreeSet<>(List.of(change.table()));
        before.table(change.table()).map(Table::tableName).ifPresent(tables::add);
        Set<String> names = new TreeSet<>(tables);
        if (change.attribute() != null) {
            tables.forEach(t -> names.add(t + "." + change.attribute()));
        }
        return names;
    }
}
