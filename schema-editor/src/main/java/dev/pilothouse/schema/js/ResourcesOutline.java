package dev.pilothouse.schema.js;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.text.LineMap;
import java.util.List;

/**
 * The outline of resources.js: its top-level classes (which table each extends, which Resource methods it
 * implements) and its exported functions and variables. Computed from one document version.
 */
public record ResourcesOutline(long version, List<ResourceClass> classes, List<ExportedSymbol> symbols) {

    public ResourcesOutline {
        classes = List.copyOf(classes);
        symbols = List.copyOf(symbols);
    }

    public static ResourcesOutline of(DocumentSnapshot snapshot) {
        String text = snapshot.text();
        JsStructure structure = JsStructure.of(text, LineMap.of(text), JsLexer.lex(text));
        return new ResourcesOutline(snapshot.version(), structure.classes(), structure.symbols());
    }

    /** The classes Harper turns into endpoints. */
    public List<ResourceClass> exportedClasses() {
        return classes.stream().filter(ResourceClass::exported).toList();
    }
}
