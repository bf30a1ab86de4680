package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the schema changes that touch a protected table or attribute, naming the rule and the primitive. A primitive
 * is protected by name (the policy's list) or by marker: the policy's {@code protectionMarker} in the GraphQL
 * description of the table or attribute in the base schema. Removing a marker is itself a protected change, so a
 * proposal cannot lift its own protection.
 */
public final class PolicyCheck {

    public static final String RULE = "protected-primitive";

    private PolicyCheck() {}

    public static List<String> violations(Policy policy, SchemaModel before, List<SchemaChange> changes) {
        return violations(policy, before, null, changes);
    }

    /** As above; with {@code after}, a marker the proposal removes is reported too. */
    public static List<String> violations(
            Policy policy, SchemaModel before, SchemaModel after, List<SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange change : changes) {
            Set<String> names = namesOf(before, change);
            for (String primitive : policy.protectedPrimitives()) {
                boolean tableLevel =
                        change.attribute() == null && names.stream().anyMatch(t -> primitive.startsWith(t + "."));
                if (names.contains(primitive) || tableLevel) {
                    out.add(describe(change) + " touches protected '" + primitive + "' (rule " + RULE
                            + "; a human may 'policy unprotect " + primitive + "')");
                }
            }
            markedBy(policy, before, change)
                    .ifPresent(marked -> out.add(describe(change) + " touches '" + marked
                            + "', protected by the marker " + policy.protectionMarker() + " in its description (rule "
                            + RULE + "; a human removes the marker in a commit of their own first)"));
        }
        if (after != null) {
            out.addAll(removedMarkers(policy, before, after));
        }
        return out;
    }

    /**
     * What the proposal's other files do to protection, each finding naming the file and line: a changed {@code
     * resources.js} that names a protected table (or a table with protected attributes), or reaches tables in a way
     * the tokens cannot follow while anything is protected; a {@code config.yaml} that adds, changes or removes a key
     * that decides what Harper exposes ({@link BoundaryConfig}); a {@code package.json} that changes what code is
     * installed or how it loads ({@link PackageManifest}). An unchanged file has no findings: it was approved before.
     * These take the protected path as a protected schema change does.
     */
    public static List<String> files(
            Policy policy, SchemaModel before, Map<String, String> beforeFiles, Map<String, String> afterFiles) {
        List<String> out = new ArrayList<>();
        String code = afterFiles.get("resources.js");
        if (code != null && !Objects.equals(code, beforeFiles.get("resources.js"))) {
            out.addAll(code(policy, before, code));
        }
        String config = afterFiles.get("config.yaml");
        if (!Objects.equals(config, beforeFiles.get("config.yaml"))) {
            for (BoundaryConfig.Change c : BoundaryConfig.changes(beforeFiles.get("config.yaml"), config)) {
                out.add("config.yaml:" + c.line() + " " + c.how() + " '" + c.key() + "', "
                        + (BoundaryConfig.known(c.key()) || c.key().startsWith("(")
                                ? "which decides what Harper" + " exposes and to whom"
                                : "a plugin of the app's own, which runs code and may expose data")
                        + " (rule " + RULE + "; a human makes boundary changes in a commit of their own)");
            }
        }
        String manifest = afterFiles.get("package.json");
        if (manifest != null && !Objects.equals(manifest, beforeFiles.get("package.json"))) {
            for (PackageManifest.Change c : PackageManifest.changes(beforeFiles.get("package.json"), manifest)) {
                String what = c.key().startsWith("(")
                        ? c.how()
                        : c.how() + " '" + c.key() + "', which decides"
                                + " what code npm installs and runs or how the app's code loads";
                out.add("package.json:" + c.line() + " " + what + " (rule " + RULE + "; a human makes dependency"
                        + " changes in a commit of their own)");
            }
        }
        return out;
    }

    private static List<String> code(Policy policy, SchemaModel before, String code) {
        Protection protection = new Protection(policy);
        if (!protection.any(before)) {
            return List.of();
        }
        Map<String, String> out = new LinkedHashMap<>(); // one finding per line and reason
        for (CodeReferences.Reference ref : CodeReferences.of(code)) {
            if (ref.dynamic()) {
                out.putIfAbsent(
                        ref.line() + ":dynamic",
                        "resources.js:" + ref.line() + " reaches tables through '"
                                + ref.code() + "', which cannot be followed, while tables are protected (rule " + RULE
                                + "; name each table, e.g. tables.Item)");
                continue;
            }
            protection
                    .reached(before, ref.database(), ref.table())
                    .ifPresent(why -> out.putIfAbsent(
                            ref.line() + ":" + why,
                            "resources.js:" + ref.line() + " reads or writes " + why + " through '" + ref.code()
                                    + "' (rule " + RULE
                                    + "; a human may 'policy unprotect' it, or make the change in a commit of"
                                    + " their own)"));
        }
        return List.copyOf(out.values());
    }

    private static String describe(SchemaChange change) {
        return change.change().label() + " on " + change.table()
                + (change.attribute() == null ? "" : "." + change.attribute());
    }

    /** The marked primitive a change touches: its table, the attribute, or (for a table change) any attribute. */
    private static Optional<String> markedBy(Policy policy, SchemaModel before, SchemaChange change) {
        Optional<Table> table = before.table(change.table());
        if (table.isEmpty() || policy.protectionMarker().isEmpty()) {
            return Optional.empty();
        }
        if (marked(policy, table.get().description())) {
            return Optional.of(change.table());
        }
        return table.get().attributes().stream()
                .filter(a -> change.attribute() == null || a.name().equals(change.attribute()))
                .filter(a -> marked(policy, a.description()))
                .map(a -> change.table() + "." + a.name())
                .findFirst();
    }

    private static List<String> removedMarkers(Policy policy, SchemaModel before, SchemaModel after) {
        List<String> out = new ArrayList<>();
        if (policy.protectionMarker().isEmpty()) {
            return out;
        }
        for (Table old : before.tables()) {
            Optional<Table> now = after.table(old.typeName());
            if (now.isEmpty()) {
                continue; // a removed table is reported as a change above
            }
            if (marked(policy, old.description()) && !marked(policy, now.get().description())) {
                out.add("the marker " + policy.protectionMarker() + " is removed from " + old.typeName() + " (rule "
                        + RULE + "; only a human commit outside a proposal may remove it)");
            }
            for (Attribute a : old.attributes()) {
                Optional<Attribute> current = now.get().attribute(a.name());
                if (marked(policy, a.description())
                        && current.isPresent()
                        && !marked(policy, current.get().description())) {
                    out.add("the marker " + policy.protectionMarker() + " is removed from " + old.typeName() + "."
                            + a.name() + " (rule " + RULE + "; only a human commit outside a proposal may remove it)");
                }
            }
        }
        return out;
    }

    private static boolean marked(Policy policy, String description) {
        return description != null && description.contains(policy.protectionMarker());
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
