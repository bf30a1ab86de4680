package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** What every operation needs: the text, the parsed schema, and where new members and directives go. */
record Context(Source source, Lookup lookup, String indent) {

    /** The indentation the file uses for fields: that of the first field that starts its line, else two spaces. */
    static String indentUnit(Source source, Lookup lookup) {
        return lookup.document()
                .types()
                .flatMap(t -> t.fields().stream())
                .map(f -> f.range().start())
                .filter(source::onlySpaceBefore)
                .map(source::indentOf)
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("  ");
    }

    /** Inserts {@code member} (one field, without indentation or line break) as the last member of {@code table}. */
    TextEdit insertMember(TypeDefinition table, String member) {
        String nl = source.nl();
        TextRange body = table.body();
        if (body == null) {
            int at = table.range().end();
            return new TextEdit(at, at, " {" + nl + indent + member + nl + "}");
        }
        int close = body.end() - 1;
        List<FieldDefinition> fields = table.fields();
        if (!fields.isEmpty()) {
            FieldDefinition last = fields.get(fields.size() - 1);
            int after = source.trailingEnd(last.range().end());
            int lineEnd = source.lineEnd(after);
            if (after == lineEnd && lineEnd < close) {
                String own = source.onlySpaceBefore(last.range().start())
                        ? source.indentOf(last.range().start())
                        : indent;
                int at = source.nextLine(lineEnd);
                return new TextEdit(at, at, own + member + nl);
            }
        } else {
            int open = source.trailingEnd(body.start() + 1);
            if (open == source.lineEnd(open) && open < close) {
                int at = source.nextLine(open);
                return new TextEdit(at, at, indent + member + nl);
            }
        }
        boolean spaced = Character.isWhitespace(source.text().charAt(close - 1));
        return new TextEdit(close, close, (spaced ? "" : " ") + member + " ");
    }

    /** Where a new type directive goes: after the last directive, else after the interfaces or the name. */
    int typeDirectiveAt(TypeDefinition type) {
        if (!type.directives().isEmpty()) {
            return type.directives().get(type.directives().size() - 1).range().end();
        }
        if (!type.interfaces().isEmpty()) {
            return type.interfaces().get(type.interfaces().size() - 1).range().end();
        }
        return type.name().range().end();
    }

    /** Where a new field directive goes: after the last directive, else after the type. */
    int fieldDirectiveAt(FieldDefinition field) {
        List<DirectiveUse> dirs = field.directives();
        return dirs.isEmpty()
                ? field.type().range().end()
                : dirs.get(dirs.size() - 1).range().end();
    }

    String text(TextRange range) {
        return source.text().substring(range.start(), range.end());
    }
}
