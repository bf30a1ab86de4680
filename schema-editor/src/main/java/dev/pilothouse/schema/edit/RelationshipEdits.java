package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** {@code @relationship} attributes, as docs/harper-schema.md describes them. */
final class RelationshipEdits {

    private RelationshipEdits() {}

    static List<TextEdit> add(Context c, SchemaEdit.AddRelationship op) {
        TypeDefinition table = c.lookup().table(op.table());
        c.lookup().checkNewFieldName(table, op.name());
        TypeDefinition target = c.lookup().table(op.target());
        String from = blankToNull(op.from());
        String to = blankToNull(op.to());
        if (from == null && to == null) {
            throw new SchemaEditException(
                    "The relationship " + op.table() + "." + op.name() + " needs 'from' (a key " + "attribute of "
                            + op.table() + ") or 'to' (an attribute of " + op.target() + " that points back)");
        }
        boolean many = to != null;
        List<String> args = new ArrayList<>();
        if (from != null) {
            FieldDefinition key = c.lookup().field(table, from);
            many = many || key.type().isList();
            args.add("from: " + Source.quote(from));
        }
        if (to != null) {
            c.lookup().field(target, to);
            args.add("to: " + Source.quote(to));
        }
        String type = many ? "[" + op.target() + "]" : op.target();
        return List.of(
                c.insertMember(table, op.name() + ": " + type + " @relationship(" + String.join(", ", args) + ")"));
    }

    static List<TextEdit> remove(Context c, SchemaEdit.RemoveRelationship op) {
        TypeDefinition table = c.lookup().table(op.table());
        FieldDefinition field = c.lookup().field(table, op.attribute());
        if (!field.has("relationship")) {
            throw new SchemaEditException(op.table() + "." + op.attribute() + " is not a relationship (it has no "
                    + "@relationship); remove it as an attribute instead");
        }
        Lookup.requireNotLast(table, field);
        return List.of(c.source().removal(field.range(), false));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
