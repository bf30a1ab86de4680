package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.List;

/** The text edits of one {@link SchemaEdit} (non-overlapping, offsets in the original text) and the text after them. */
public record SchemaEditResult(SchemaEdit edit, List<TextEdit> edits, String text) {

    public SchemaEditResult {
        edits = List.copyOf(edits);
    }

    public boolean changed() {
        return !edits.isEmpty();
    }
}
