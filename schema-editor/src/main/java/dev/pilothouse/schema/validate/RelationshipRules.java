package dev.pilothouse.schema.validate;

import static dev.pilothouse.schema.validate.SemanticCodes.RELATIONSHIP_CARDINALITY;
import static dev.pilothouse.schema.validate.SemanticCodes.RELATIONSHIP_FIELD_MISSING;
import static dev.pilothouse.schema.validate.SemanticCodes.RELATIONSHIP_TARGET;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.text.Suggest;
import dev.pilothouse.schema.text.TextRange;
import java.util.Optional;

/** {@code @relationship}: the named keys exist and the declared shape matches the cardinality. */
final class RelationshipRules {

    private final SchemaIndex index;
    private final Report report;

    RelationshipRules(SchemaIndex index, Report report) {
        this.index = index;
        this.report = report;
    }

    void check(TypeDefinition table, FieldDefinition field, DirectiveUse rel) {
        AttributeRules.requireOneOf(report, rel, "from", "to");
        String targetName = field.type().base().name().value();
        TypeDefinition target = index.type(targetName);
        if (target == null) {
            return; // reported as an unknown type
        }
        if (target.kind() != TypeKind.OBJECT || !target.has("table")) {
            report.error(
                    RELATIONSHIP_TARGET,
                    field.type().range(),
                    "@relationship joins tables, but '" + targetName + "' is not a @table type");
            return;
        }
        boolean keyToKey =
                rel.argument("from").isPresent() && rel.argument("to").isPresent();
        stringArg(rel, "from").ifPresent(from -> checkFrom(table, field, from, keyToKey));
        stringArg(rel, "to").ifPresent(to -> checkTo(target, field, to));
    }

    private void checkFrom(TypeDefinition table, FieldDefinition field, Arg from, boolean keyToKey) {
        Optional<FieldDefinition> key = table.field(from.value());
        if (key.isEmpty() || key.get().type() == null) {
            missing(from.range(), table, from.value(), "this table");
            return;
        }
        boolean keyIsList = key.get().type().isList();
        if (!keyToKey && keyIsList != field.type().isList()) {
            report.error(
                    RELATIONSHIP_CARDINALITY,
                    field.type().range(),
                    keyIsList
                            ? "'" + from.value() + "' holds a list of keys (many-to-many), so '"
                                    + field.name().value() + "' must be a list: ["
                                    + field.type().base().display() + "]"
                            : "'" + from.value() + "' holds one key (many-to-one), so '"
                                    + field.name().value() + "' must not be a list");
        }
    }

    private void checkTo(TypeDefinition target, FieldDefinition field, Arg to) {
        if (target.field(to.value()).isEmpty()) {
            missing(to.range(), target, to.value(), "'" + target.name().value() + "'");
            return;
        }
        if (!field.type().isList()) {
            report.error(
                    RELATIONSHIP_CARDINALITY,
                    field.type().range(),
                    "With 'to', many '"
                            + target.name().value() + "' records point here (one-to-many), so '"
                            + field.name().value()
                            + "' must be a list: [" + target.name().value() + "]");
        }
    }

    private void missing(TextRange at, TypeDefinition owner, String name, String where) {
        var names = owner.fields().stream().map(f -> f.name().value()).toList();
        var suggestion = Suggest.nearest(name, names);
        report.error(
                RELATIONSHIP_FIELD_MISSING,
                at,
                "No attribute '" + name + "' in " + where
                        + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""),
                suggestion
                        .map(s ->
                                new dev.pilothouse.schema.diagnostic.QuickFix[] {Report.replaceWith(at, "\"" + s + "\"")
                                })
                        .orElse(new dev.pilothouse.schema.diagnostic.QuickFix[0]));
    }

    /** A from/to argument's text and where it is written. */
    private record Arg(String value, TextRange range) {}

    private static Optional<Arg> stringArg(DirectiveUse use, String name) {
        return use.argument(name)
                .map(Argument::value)
                .flatMap(v -> v.textValue().map(text -> new Arg(text, v.range())));
    }
}
