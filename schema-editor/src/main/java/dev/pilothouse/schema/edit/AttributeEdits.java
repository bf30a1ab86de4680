package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.ast.Value;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.harper.HarperTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Attribute operations: add, rename, remove, change type, key and index directives. */
final class AttributeEdits {

    private AttributeEdits() {}

    static List<TextEdit> add(Context c, SchemaEdit.AddAttribute op) {
        TypeDefinition table = c.lookup().table(op.table());
        c.lookup().checkNewFieldName(table, op.name());
        TypeRef type = c.lookup().typeRef(op.type(), op.table() + "." + op.name());
        return List.of(c.insertMember(table, op.name() + ": " + type.display()));
    }

    static List<TextEdit> rename(Context c, SchemaEdit.RenameAttribute op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        if (op.attribute().equals(op.newName())) {
            return List.of();
        }
        c.lookup().checkNewFieldName(table, op.newName());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(
                new TextEdit(field.name().range().start(), field.name().range().end(), op.newName()));
        for (Use use : uses(c, table, op.attribute())) {
            Value v = use.value();
            String replacement = v instanceof Value.EnumValue ? op.newName() : Source.quote(op.newName());
            edits.add(new TextEdit(v.range().start(), v.range().end(), replacement));
        }
        return edits;
    }

    static List<TextEdit> remove(Context c, SchemaEdit.RemoveAttribute op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        List<Use> uses = uses(c, table, op.attribute());
        Lookup.requireNotLast(table, field);
        if (!uses.isEmpty()) {
            Use u = uses.get(0);
            throw new SchemaEditException("Cannot remove " + op.table() + "." + op.attribute() + ": the @relationship("
                    + u.argument() + ": \"" + op.attribute() + "\") of " + u.owner() + " uses it; remove "
                    + "that relationship first");
        }
        return List.of(c.source().removal(field.range(), false));
    }

    static List<TextEdit> changeType(Context c, SchemaEdit.ChangeType op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        TypeRef type = c.lookup().typeRef(op.newType(), op.table() + "." + op.attribute());
        if (field.has("primaryKey")) {
            requireKeyType(op.table(), op.attribute(), type);
        }
        var r = field.type().range();
        return c.text(r).equals(type.display()) ? List.of() : List.of(new TextEdit(r.start(), r.end(), type.display()));
    }

    static List<TextEdit> setPrimaryKey(Context c, SchemaEdit.SetPrimaryKey op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        if (!op.on()) {
            return field.directive("primaryKey")
                    .map(d -> List.of(c.source().directiveRemoval(d.range())))
                    .orElse(List.of());
        }
        if (field.has("primaryKey")) {
            return List.of();
        }
        requireKeyType(op.table(), op.attribute(), field.type());
        List<TextEdit> edits = new ArrayList<>();
        table.fields().stream()
                .filter(f -> f != field)
                .flatMap(f -> f.directive("primaryKey").stream())
                .forEach(d -> edits.add(c.source().directiveRemoval(d.range())));
        int at = c.fieldDirectiveAt(field);
        edits.add(new TextEdit(at, at, " @primaryKey"));
        return edits;
    }

    static List<TextEdit> setIndexed(Context c, SchemaEdit.SetIndexed op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        Optional<DirectiveUse> indexed = field.directive("indexed");
        if (!op.on()) {
            return indexed.map(d -> List.of(c.source().directiveRemoval(d.range())))
                    .orElse(List.of());
        }
        if (indexed.isPresent()) {
            return List.of();
        }
        if (!HarperTypes.indexable(field.type().base().name().value())) {
            throw new SchemaEditException("Cannot index " + op.table() + "." + op.attribute() + ": Harper builds no "
                    + "index entries for " + field.type().display() + " values");
        }
        int at = c.fieldDirectiveAt(field);
        return List.of(new TextEdit(at, at, " @indexed"));
    }

    static void requireKeyType(String table, String attribute, TypeRef type) {
        if (type.isList() || !HarperTypes.keyType(type.base().name().value())) {
            throw new SchemaEditException(table + "." + attribute + " is " + type.display()
                    + ": a primary key must be one of ID, String, Int, Long, Float, BigInt, Any");
        }
    }

    /** A {@code from:}/{@code to:} argument naming an attribute, and the relationship field that holds it. */
    record Use(String owner, String argument, Value value) {}

    /** Relationship arguments that name {@code attribute} of {@code table}. */
    static List<Use> uses(Context c, TypeDefinition table, String attribute) {
        List<Use> out = new ArrayList<>();
        for (TypeDefinition t : c.lookup().tables()) {
            for (FieldDefinition f : t.fields()) {
                Optional<DirectiveUse> rel = f.directive("relationship");
                if (rel.isEmpty() || f.type() == null) {
                    continue;
                }
                String owner = t.name().value() + "." + f.name().value();
                if (t == table) {
                    arg(rel.get(), "from", attribute).ifPresent(v -> out.add(new Use(owner, "from", v)));
                }
                if (f.type().base().name().value().equals(table.name().value())) {
                    arg(rel.get(), "to", attribute).ifPresent(v -> out.add(new Use(owner, "to", v)));
                }
            }
        }
        return out;
    }

    private static Optional<Value> arg(DirectiveUse rel, String name, String attribute) {
        return rel.argument(name)
                .map(a -> a.value())
                .filter(v -> v.textValue().filter(attribute::equals).isPresent());
    }
}
