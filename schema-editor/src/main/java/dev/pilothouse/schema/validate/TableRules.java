package dev.pilothouse.schema.validate;

import static dev.pilothouse.schema.validate.SemanticCodes.BAD_DURATION;
import static dev.pilothouse.schema.validate.SemanticCodes.BAD_PRIMARY_KEY_TYPE;
import static dev.pilothouse.schema.validate.SemanticCodes.DUPLICATE_TABLE;
import static dev.pilothouse.schema.validate.SemanticCodes.EXPORT_NOT_TABLE;
import static dev.pilothouse.schema.validate.SemanticCodes.NO_PRIMARY_KEY;
import static dev.pilothouse.schema.validate.SemanticCodes.RESERVED_NAME;
import static dev.pilothouse.schema.validate.SemanticCodes.SEVERAL_PRIMARY_KEYS;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.Value;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Table-level rules: one usable primary key, unique table identities, sane expiry, exports only on tables. */
final class TableRules {

    private static final List<String> DURATIONS = List.of("expiration", "eviction", "scanInterval");
    private static final java.util.Set<String> SYSTEM_ATTRIBUTES =
            java.util.Set.of("__createdtime__", "__updatedtime__");
    private static final java.util.Set<String> RECORD_METHODS = java.util.Set.of(
            "get",
            "put",
            "patch",
            "post",
            "delete",
            "search",
            "publish",
            "subscribe",
            "invalidate",
            "connect",
            "update",
            "set",
            "getId",
            "getContext",
            "getRecord",
            "getChanges",
            "getProperty",
            "deleteProperty",
            "toJSON",
            "then");

    private final SchemaIndex index;
    private final Report report;

    TableRules(SchemaIndex index, Report report) {
        this.index = index;
        this.report = report;
    }

    void check() {
        Map<String, Table> identities = new HashMap<>();
        for (Table table : index.model().tables()) {
            Table earlier = identities.putIfAbsent(table.qualifiedName(), table);
            if (earlier != null) {
                report.error(
                        DUPLICATE_TABLE,
                        table.nameRange(),
                        "Table '" + table.qualifiedName()
                                + "' is already defined by type '" + earlier.typeName() + "' at line "
                                + earlier.nameRange().startLine());
            }
        }
        index.document().types().filter(t -> !t.extension()).forEach(this::checkType);
    }

    private void checkType(TypeDefinition type) {
        boolean table = type.kind() == TypeKind.OBJECT && type.has("table");
        type.directive("export")
                .filter(e -> !table && type.kind() == TypeKind.OBJECT)
                .ifPresent(e -> report.warning(
                        EXPORT_NOT_TABLE,
                        e.range(),
                        "@export only works on a @table type; '" + type.name().value()
                                + "' is not stored, so nothing would be served",
                        addTable(type)));
        if (!table) {
            return;
        }
        type.directive("table").ifPresent(this::checkDurations);
        List<FieldDefinition> keys =
                type.fields().stream().filter(f -> f.has("primaryKey")).toList();
        if (keys.isEmpty()) {
            report.error(
                    NO_PRIMARY_KEY,
                    type.name().range(),
                    "Table '" + type.name().value()
                            + "' has no @primaryKey; Harper ignores later changes to its @table settings without one");
        }
        for (int i = 1; i < keys.size(); i++) {
            report.error(
                    SEVERAL_PRIMARY_KEYS,
                    keys.get(i).directive("primaryKey").orElseThrow().range(),
                    "Table '" + type.name().value() + "' already has primary key '"
                            + keys.get(0).name().value() + "'; Harper keeps the first and ignores this one");
        }
        keys.stream().filter(k -> k.type() != null).forEach(k -> {
            String base = k.type().base().name().value();
            if (k.type().isList() || !HarperTypes.keyType(base)) {
                report.error(
                        BAD_PRIMARY_KEY_TYPE,
                        k.type().range(),
                        "Primary key '" + k.name().value()
                                + "' must be a single ID, String, Int, Long, Float, BigInt or Any value, not "
                                + k.type().display());
            }
        });
        for (FieldDefinition f : type.fields()) {
            String name = f.name().value();
            if (SYSTEM_ATTRIBUTES.contains(name)) {
                report.error(
                        RESERVED_NAME,
                        f.name().range(),
                        "'" + name + "' is Harper's own timestamp attribute: "
                                + "Harper fills it on every write and refuses writes to it from non-super users");
            } else if (RECORD_METHODS.contains(name)) {
                report.warning(
                        RESERVED_NAME,
                        f.name().range(),
                        "'" + name + "' is also a method of Harper records; " + "the method wins, so record." + name
                                + " will not return this attribute");
            }
        }
    }

    private void checkDurations(DirectiveUse table) {
        for (Argument arg : table.arguments()) {
            if (DURATIONS.contains(arg.name().value())
                    && arg.value() instanceof Value.IntValue v
                    && v.toJava() instanceof Long seconds
                    && seconds < 0) {
                if (arg.name().value().equals("expiration")) {
                    report.error(
                            BAD_DURATION,
                            v.range(),
                            "'expiration' is in seconds and cannot be negative; "
                                    + "Harper fails to load the schema (0 turns expiry off)");
                } else {
                    report.warning(
                            BAD_DURATION,
                            v.range(),
                            "'" + arg.name().value() + "' is in seconds; Harper "
                                    + "accepts a negative value but it has no sensible meaning");
                }
            }
        }
    }

    private static QuickFix addTable(TypeDefinition type) {
        int at = type.name().range().end();
        return QuickFix.replace("Add @table to '" + type.name().value() + "'", at, at, " @table");
    }
}
