package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.InputValue;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.harper.HarperTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table-level operations: add, rename, remove, export. */
final class TableEdits {

    private TableEdits() {}

    static List<TextEdit> add(Context c, SchemaEdit.AddTable op) {
        c.lookup().checkNewTypeName(op.name());
        Lookup.checkName(op.keyName(), "attribute");
        TypeRef key = c.lookup().typeRef(op.keyType(), op.name() + "." + op.keyName());
        if (key.isList() || !HarperTypes.keyType(key.base().name().value())) {
            throw new SchemaEditException("'" + key.display() + "' cannot be the primary key type of " + op.name()
                    + ": use ID, String, Int, Long, Float, BigInt or Any");
        }
        String nl = c.source().nl();
        String database = op.database() == null || op.database().isBlank()
                ? ""
                : "(database: " + Source.quote(op.database().strip()) + ")";
        String block = "type " + op.name() + " @table" + database + (op.export() ? " @export" : "") + " {" + nl
                + c.indent() + op.keyName() + ": " + key.display() + " @primaryKey" + nl + "}" + nl;
        String text = c.source().text();
        int end = text.length();
        String before;
        if (text.isBlank()) {
            before = "";
        } else if (!text.endsWith("\n") && !text.endsWith("\r")) {
            before = nl + nl;
        } else {
            before = c.source().blankLine(c.source().lineStart(end - 1)) ? "" : nl;
        }
        return List.of(new TextEdit(end, end, before + block));
    }

    static List<TextEdit> rename(Context c, SchemaEdit.RenameTable op) {
        TypeDefinition table = c.lookup().table(op.table());
        if (op.newName() != null && op.newName().equals(op.table())) {
            return List.of();
        }
        c.lookup().checkNewTypeName(op.newName());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(
                new TextEdit(table.name().range().start(), table.name().range().end(), op.newName()));
        c.lookup().document().types().forEach(t -> {
            if (t.extension() && t.name().value().equals(op.table())) {
                edits.add(
                        new TextEdit(t.name().range().start(), t.name().range().end(), op.newName()));
            }
            t.interfaces().forEach(i -> refer(edits, i, op));
            t.members().forEach(m -> refer(edits, m, op));
            for (FieldDefinition f : t.fields()) {
                if (f.type() != null) {
                    refer(edits, f.type().base(), op);
                }
                for (InputValue arg : f.arguments()) {
                    if (arg.type() != null) {
                        refer(edits, arg.type().base(), op);
                    }
                }
            }
        });
        return edits;
    }

    private static void refer(List<TextEdit> edits, TypeRef.Named ref, SchemaEdit.RenameTable op) {
        if (ref.name().value().equals(op.table())) {
            edits.add(
                    new TextEdit(ref.name().range().start(), ref.name().range().end(), op.newName()));
        }
    }

    static List<TextEdit> remove(Context c, SchemaEdit.RemoveTable op) {
        TypeDefinition table = c.lookup().table(op.table());
        List<FieldDefinition> references = new ArrayList<>();
        List<String> names = new ArrayList<>();
        c.lookup()
                .document()
                .types()
                .filter(t -> t != table)
                .forEach(t -> t.fields().stream()
                        .filter(f -> f.type() != null
                                && f.type().base().name().value().equals(op.table()))
                        .forEach(f -> {
                            if (op.removeReferences()) {
                                Lookup.requireNotLast(t, f);
                            }
                            references.add(f);
                            names.add(t.name().value() + "." + f.name().value());
                        }));
        if (!references.isEmpty() && !op.removeReferences()) {
            throw new SchemaEditException("Cannot remove table " + op.table() + ": " + String.join(", ", names)
                    + (names.size() == 1 ? " refers" : " refer") + " to it; remove "
                    + (names.size() == 1 ? "that attribute" : "those attributes") + " first");
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(c.source().removal(table.range(), true));
        c.lookup()
                .document()
                .types()
                .filter(t -> t.extension() && t.name().value().equals(op.table()))
                .forEach(t -> edits.add(c.source().removal(t.range(), true)));
        references.forEach(f -> edits.add(c.source().removal(f.range(), false)));
        return edits;
    }

    static List<TextEdit> setExport(Context c, SchemaEdit.SetExport op) {
        TypeDefinition table = c.lookup().table(op.table());
        List<String> args = new ArrayList<>();
        if (op.name() != null) {
            args.add("name: " + Source.quote(op.name()));
        }
        Optional<DirectiveUse> existing = table.directive("export");
        existing.ifPresent(e -> e.arguments().stream()
                .filter(a -> !a.name().value().equals("name"))
                .map(Argument::range)
                .map(c::text)
                .forEach(args::add));
        String directive = "@export" + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
        if (existing.isPresent()) {
            var r = existing.get().range();
            return c.text(r).equals(directive) ? List.of() : List.of(new TextEdit(r.start(), r.end(), directive));
        }
        int at = c.typeDirectiveAt(table);
        return List.of(new TextEdit(at, at, " " + directive));
    }

    static List<TextEdit> removeExport(Context c, SchemaEdit.RemoveExport op) {
        TypeDefinition table = c.lookup().table(op.table());
        return table.directive("export")
                .map(d -> List.of(c.source().directiveRemoval(d.range())))
                .orElse(List.of());
    }
}
