package dev.pilothouse.schema.validate;

import dev.pilothouse.schema.ast.DirectiveDefinition;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Lookups shared by the rules: types and directive definitions by name. */
final class SchemaIndex {

    private final Document document;
    private final SchemaModel model;
    private final Map<String, TypeDefinition> types = new LinkedHashMap<>();
    private final Map<String, DirectiveDefinition> directives = new LinkedHashMap<>();

    SchemaIndex(Document document, SchemaModel model) {
        this.document = document;
        this.model = model;
        document.types()
                .filter(t -> !t.extension())
                .forEach(t -> types.putIfAbsent(t.name().value(), t));
        document.directiveDefinitions()
                .forEach(d -> directives.putIfAbsent(d.name().value(), d));
    }

    Document document() {
        return document;
    }

    SchemaModel model() {
        return model;
    }

    TypeDefinition type(String name) {
        return types.get(name);
    }

    DirectiveDefinition declaredDirective(String name) {
        return directives.get(name);
    }

    Set<String> declaredDirectiveNames() {
        return directives.keySet();
    }

    Set<String> typeNamesAndScalars() {
        Set<String> names = new LinkedHashSet<>(HarperTypes.scalars().keySet());
        names.addAll(types.keySet());
        return names;
    }
}
