package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import java.util.List;

/**
 * Turns a {@link SchemaEdit} into minimal text edits of schema.graphql. The edits cover only the names, directives
 * and members the operation changes; comments, blank lines and formatting elsewhere stay byte for byte. The text is
 * the source of truth: every call parses it afresh, so a designer never works on a stale model. Pure and
 * thread-safe.
 */
public final class SchemaEditor {

    private SchemaEditor() {}

    /**
     * The edits of {@code edit} on {@code text}.
     *
     * @throws SchemaEditException when the text has a syntax error or the operation is invalid (unknown table or
     *                             attribute, a name already taken, a bad type); the message names them
     */
    public static SchemaEditResult apply(String text, SchemaEdit edit) {
        ParsedSchema parsed = SchemaSyntax.parse(text);
        if (parsed.hasSyntaxErrors()) {
            Diagnostic d = parsed.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .orElseThrow();
            throw new SchemaEditException("schema.graphql has a syntax error at line "
                    + d.range().startLine()
                    + ", column " + d.range().startColumn() + " (" + d.message() + "); fix it before editing the "
                    + "schema in the designer");
        }
        Source source = new Source(text);
        Lookup lookup = new Lookup(parsed.document());
        Context c = new Context(source, lookup, Context.indentUnit(source, lookup));
        List<TextEdit> edits = switch (edit) {
            case SchemaEdit.AddTable op -> TableEdits.add(c, op);
            case SchemaEdit.RenameTable op -> TableEdits.rename(c, op);
            case SchemaEdit.RemoveTable op -> TableEdits.remove(c, op);
            case SchemaEdit.SetExport op -> TableEdits.setExport(c, op);
            case SchemaEdit.RemoveExport op -> TableEdits.removeExport(c, op);
            case SchemaEdit.AddAttribute op -> AttributeEdits.add(c, op);
            case SchemaEdit.RenameAttribute op -> AttributeEdits.rename(c, op);
            case SchemaEdit.RemoveAttribute op -> AttributeEdits.remove(c, op);
            case SchemaEdit.ChangeType op -> AttributeEdits.changeType(c, op);
            case SchemaEdit.SetPrimaryKey op -> AttributeEdits.setPrimaryKey(c, op);
            case SchemaEdit.SetIndexed op -> AttributeEdits.setIndexed(c, op);
            case SchemaEdit.AddRelationship op -> RelationshipEdits.add(c, op);
            case SchemaEdit.RemoveRelationship op -> RelationshipEdits.remove(c, op);
        };
        String result = TextEdit.apply(text, edits);
        ParsedSchema after = SchemaSyntax.parse(result);
        if (after.hasSyntaxErrors()) { // a bug here, never the user's input: refuse rather than corrupt the file
            throw new IllegalStateException(edit.describe() + " produced a syntax error: "
                    + after.diagnostics().get(0).message());
        }
        return new SchemaEditResult(edit, edits, result);
    }
}
