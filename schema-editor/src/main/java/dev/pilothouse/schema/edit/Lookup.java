package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.ast.Definition;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.text.Suggest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds tables and attributes by name in a parsed schema, and checks new names and types; errors name them. */
final class Lookup {

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private static final Pattern TYPE_CHARS = Pattern.compile("[ \\t]*[\\[\\]!_0-9A-Za-z][\\[\\]! \\t_0-9A-Za-z]*");

    private final Document document;

    Lookup(Document document) {
        this.document = document;
    }

    Document document() {
        return document;
    }

    List<TypeDefinition> tables() {
        return document.types().filter(Lookup::isTable).toList();
    }

    static boolean isTable(TypeDefinition t) {
        return t.kind() == TypeKind.OBJECT && !t.extension() && t.has("table");
    }

    TypeDefinition table(String name) {
        Optional<TypeDefinition> found =
                tables().stream().filter(t -> t.name().value().equals(name)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Optional<TypeDefinition> other = type(name);
        if (other.isPresent()) {
            throw new SchemaEditException(
                    "'" + name + "' (line " + other.get().range().startLine() + ") is "
                            + (other.get().extension()
                                    ? "an extension"
                                    : "a " + other.get().kind().keyword())
                            + " without @table, not a table");
        }
        throw new SchemaEditException("No table '" + name + "' in schema.graphql"
                + hint(name, tables().stream().map(t -> t.name().value()).toList()));
    }

    FieldDefinition field(TypeDefinition table, String name) {
        return table.field(name)
                .orElseThrow(() ->
                        new SchemaEditException("Table " + table.name().value()
                                + " has no attribute '" + name + "'"
                                + hint(
                                        name,
                                        table.fields().stream()
                                                .map(f -> f.name().value())
                                                .toList())));
    }

    /** GraphQL has no empty types: the last field of a type cannot go on its own. */
    static void requireNotLast(TypeDefinition type, FieldDefinition field) {
        if (type.fields().size() == 1) {
            throw new SchemaEditException(
                    "Cannot remove " + type.name().value() + "." + field.name().value()
                            + ": it is the only attribute of " + type.name().value() + ", and a type needs at least one"
                            + " (add another first, or remove the type)");
        }
    }

    Optional<TypeDefinition> type(String name) {
        return document.types()
                .filter(t -> !t.extension() && t.name().value().equals(name))
                .findFirst();
    }

    /** A new type name: a GraphQL name that no type of the file (nor a Harper scalar) already has. */
    void checkNewTypeName(String name) {
        checkName(name, "table");
        if (HarperTypes.isScalar(name)) {
            throw new SchemaEditException("'" + name + "' is one of Harper's scalar types; choose another table name");
        }
        for (Definition d : document.definitions()) {
            if (d instanceof TypeDefinition t && t.name().value().equals(name)) {
                throw new SchemaEditException("A type named '" + name + "' already exists (line "
                        + t.range().startLine() + ")");
            }
        }
    }

    void checkNewFieldName(TypeDefinition table, String name) {
        checkName(name, "attribute");
        table.field(name).ifPresent(f -> {
            throw new SchemaEditException("Table " + table.name().value() + " already has an attribute '" + name
                    + "' (line " + f.range().startLine() + ")");
        });
    }

    static void checkName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SchemaEditException("'" + name + "' is not a valid " + what
                    + " name: use letters, digits and '_', not starting with a digit");
        }
        if (name.startsWith("__")) {
            throw new SchemaEditException("'" + name + "': names starting with '__' are reserved by GraphQL");
        }
    }

    /**
     * A type reference for {@code owner}: well-formed GraphQL, naming a Harper scalar or a type of this file.
     * Returns it normalised ({@code [ String ]} becomes {@code [String]}).
     */
    TypeRef typeRef(String text, String owner) {
        String probe = "type Probe {\n  f: " + (text == null ? "" : text.strip()) + "\n}\n";
        ParsedSchema parsed = SchemaSyntax.parse(probe);
        Optional<FieldDefinition> f = parsed.document().types().findFirst().flatMap(t -> t.field("f"));
        if (text == null
                || !TYPE_CHARS.matcher(text).matches()
                || parsed.hasSyntaxErrors()
                || f.isEmpty()
                || f.get().type() == null
                || f.get().type().range().end() != probe.indexOf("\n}")) {
            throw new SchemaEditException("'" + text + "' is not a type for " + owner
                    + ": write a name such as String, or a list such as [ID], with '!' for non-null");
        }
        TypeRef type = f.get().type();
        String base = type.base().name().value();
        if (!HarperTypes.isScalar(base) && type(base).isEmpty()) {
            throw new SchemaEditException("Unknown type '" + base + "' for " + owner + ": use a Harper scalar ("
                    + String.join(", ", HarperTypes.scalars().keySet()) + ") or a type of this file"
                    + hint(base, document.types().map(t -> t.name().value()).toList()));
        }
        return type;
    }

    static String hint(String name, List<String> candidates) {
        return Suggest.nearest(name, candidates)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("");
    }
}
