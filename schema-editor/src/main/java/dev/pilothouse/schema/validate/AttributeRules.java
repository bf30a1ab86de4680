package dev.pilothouse.schema.validate;

import static dev.pilothouse.schema.validate.SemanticCodes.MISSING_ARGUMENT;
import static dev.pilothouse.schema.validate.SemanticCodes.NOT_INDEXABLE;
import static dev.pilothouse.schema.validate.SemanticCodes.TIMESTAMP_LONG;
import static dev.pilothouse.schema.validate.SemanticCodes.TIMESTAMP_TYPE;
import static dev.pilothouse.schema.validate.SemanticCodes.UNKNOWN_INDEX_TYPE;
import static dev.pilothouse.schema.validate.SemanticCodes.VECTOR_INDEX_TYPE;

import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.Value;
import dev.pilothouse.schema.harper.HarperTypes;

/** Attribute rules of table types: indexes, timestamps; relationships are in {@link RelationshipRules}. */
final class AttributeRules {

    private final SchemaIndex index;
    private final Report report;

    AttributeRules(SchemaIndex index, Report report) {
        this.index = index;
        this.report = report;
    }

    void check() {
        index.document()
                .types()
                .filter(t -> !t.extension() && t.kind() == TypeKind.OBJECT && t.has("table"))
                .forEach(t -> t.fields().stream().filter(f -> f.type() != null).forEach(f -> check(t, f)));
    }

    private void check(TypeDefinition table, FieldDefinition field) {
        field.directive("indexed").ifPresent(d -> checkIndex(field, d));
        for (String stamp : new String[] {"createdTime", "updatedTime"}) {
            field.directive(stamp).ifPresent(d -> checkTimestamp(field, d));
        }
        field.directive("relationship").ifPresent(d -> new RelationshipRules(index, report).check(table, field, d));
    }

    private void checkIndex(FieldDefinition field, DirectiveUse indexed) {
        String base = field.type().base().name().value();
        Value type = indexed.argument("type").map(a -> a.value()).orElse(null);
        String typeText = type == null ? null : type.textValue().orElse(null);
        if (typeText != null && !typeText.equals("HNSW")) {
            report.error(
                    UNKNOWN_INDEX_TYPE,
                    type.range(),
                    "Unknown index type \"" + typeText + "\": Harper 4.7 "
                            + "only has \"HNSW\" (omit 'type' for a standard index); Harper would only log this at run time",
                    Report.remove(
                            "Use a standard index",
                            indexed.argument("type").get().range()));
            return;
        }
        if (typeText != null) {
            if (!(field.type().listDepth() == 1 && base.equals("Float"))) {
                report.error(
                        VECTOR_INDEX_TYPE,
                        field.type().range(),
                        "An HNSW index needs a vector: declare '" + field.name().value() + "' as [Float], not "
                                + field.type().display());
            }
            return;
        }
        if (field.type().listDepth() > 1 || !(HarperTypes.indexable(base) || enumLike(base))) {
            report.error(
                    NOT_INDEXABLE,
                    indexed.name().range(),
                    "'" + field.name().value() + "' of type " + field.type().display()
                            + " cannot be indexed; index scalar attributes (or lists of them)",
                    Report.remove("Remove @indexed", indexed.range()));
        }
    }

    private boolean enumLike(String base) {
        TypeDefinition t = index.type(base);
        return t != null && (t.kind() == TypeKind.ENUM || t.kind() == TypeKind.SCALAR);
    }

    private void checkTimestamp(FieldDefinition field, DirectiveUse stamp) {
        String base = field.type().base().name().value();
        if (field.type().isList() || !HarperTypes.isScalar(base)) {
            report.error(
                    TIMESTAMP_TYPE,
                    field.type().range(),
                    "@" + stamp.nameValue() + " needs a Date, Float or " + "Any attribute, not "
                            + field.type().display());
        } else if (base.equals("Long")) {
            report.warning(
                    TIMESTAMP_LONG,
                    field.type().range(),
                    "@" + stamp.nameValue() + " on Long: Harper writes "
                            + "fractional milliseconds, so later 'update' operations fail with 'must be an integer'; use Date",
                    Report.replaceWith(field.type().base().name().range(), "Date"));
        } else if (HarperTypes.holdsTimestampAsText(base)) {
            report.warning(
                    TIMESTAMP_TYPE,
                    field.type().range(),
                    "@" + stamp.nameValue() + " on String stores an "
                            + "ISO date string, which compares as text; Date keeps it a time",
                    Report.replaceWith(field.type().base().name().range(), "Date"));
        } else if (!HarperTypes.holdsTimestamp(base)) {
            report.error(
                    TIMESTAMP_TYPE,
                    field.type().range(),
                    "@" + stamp.nameValue() + " cannot be stored in " + base + "; use Date, Float or Any",
                    Report.replaceWith(field.type().base().name().range(), "Date"));
        }
    }

    static void requireOneOf(Report report, DirectiveUse use, String a, String b) {
        if (use.argument(a).isEmpty() && use.argument(b).isEmpty()) {
            report.error(MISSING_ARGUMENT, use.range(), "@" + use.nameValue() + " needs '" + a + "' or '" + b + "'");
        }
    }
}
