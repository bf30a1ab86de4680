package dev.pilothouse.schema.validate;

import static dev.pilothouse.schema.validate.SemanticCodes.DUPLICATE_FIELD;
import static dev.pilothouse.schema.validate.SemanticCodes.DUPLICATE_TYPE;
import static dev.pilothouse.schema.validate.SemanticCodes.IGNORED_DEFINITION;
import static dev.pilothouse.schema.validate.SemanticCodes.UNKNOWN_TYPE;

import dev.pilothouse.schema.ast.Definition;
import dev.pilothouse.schema.ast.ExecutableDefinition;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.InputValue;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.text.Suggest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Names: duplicate types and fields, references to unknown types, definitions Harper ignores. */
final class TypeRules {

    private final SchemaIndex index;
    private final Report report;

    TypeRules(SchemaIndex index, Report report) {
        this.index = index;
        this.report = report;
    }

    void check() {
        Map<String, TypeDefinition> seen = new HashMap<>();
        for (Definition d : index.document().definitions()) {
            if (d instanceof ExecutableDefinition e) {
                report.warning(
                        IGNORED_DEFINITION,
                        e.range(),
                        "Harper ignores " + e.kind() + "s in schema files; only type definitions are read");
            } else if (d instanceof TypeDefinition t) {
                checkType(t, seen);
            }
        }
    }

    private void checkType(TypeDefinition type, Map<String, TypeDefinition> seen) {
        String name = type.name().value();
        if (type.extension() && extendsTable(type)) {
            report.warning(
                    IGNORED_DEFINITION,
                    type.range(),
                    "Harper ignores 'extend " + type.kind().keyword() + "'; move these members and directives into '"
                            + name + "' itself");
        } else if (!type.extension() && seen.putIfAbsent(name, type) != null) {
            report.error(
                    DUPLICATE_TYPE,
                    type.name().range(),
                    "Type '" + name + "' is already defined at line "
                            + seen.get(name).name().range().startLine());
        } else if (HarperTypes.isScalar(name) && type.kind() != TypeKind.SCALAR) {
            report.error(DUPLICATE_TYPE, type.name().range(), "'" + name + "' is a built-in Harper type");
        }
        Set<String> fields = new HashSet<>();
        for (FieldDefinition field : type.fields()) {
            if (!fields.add(field.name().value())) {
                report.error(
                        DUPLICATE_FIELD,
                        field.name().range(),
                        "Field '" + field.name().value() + "' is already defined in '" + name + "'");
            }
            if (field.type() != null) {
                checkReference(field.type(), type);
            }
            field.arguments().forEach(a -> checkArgument(a, type));
        }
        type.interfaces().forEach(i -> checkReference(i, type));
        type.members().forEach(m -> checkReference(m, type));
    }

    /** Extensions of other types (e.g. a Query shared with client code) are harmless; of tables they lose data. */
    private boolean extendsTable(TypeDefinition extension) {
        TypeDefinition base = index.type(extension.name().value());
        return extension.has("table") || (base != null && base.has("table"));
    }

    private void checkArgument(InputValue argument, TypeDefinition owner) {
        if (argument.type() != null) {
            checkReference(argument.type(), owner);
        }
    }

    private void checkReference(TypeRef ref, TypeDefinition owner) {
        TypeRef.Named base = ref.base();
        String name = base.name().value();
        if (name.isEmpty() || HarperTypes.isScalar(name)) {
            return;
        }
        TypeDefinition target = index.type(name);
        if (target == null) {
            var fix = Suggest.nearest(name, index.typeNamesAndScalars())
                    .map(s -> new dev.pilothouse.schema.diagnostic.QuickFix[] {
                        Report.replaceWith(base.name().range(), s)
                    })
                    .orElse(new dev.pilothouse.schema.diagnostic.QuickFix[0]);
            report.error(
                    UNKNOWN_TYPE,
                    base.name().range(),
                    "Unknown type '" + name + "'"
                            + Suggest.nearest(name, index.typeNamesAndScalars())
                                    .map(s -> "; did you mean '" + s + "'?")
                                    .orElse(" (Harper would store it untyped)"),
                    fix);
        } else if (owner.has("table") && target.kind() != TypeKind.OBJECT && target.kind() != TypeKind.SCALAR) {
            report.warning(
                    UNKNOWN_TYPE,
                    base.name().range(),
                    "Harper only understands object types and its own "
                            + "scalars as attribute types; values of "
                            + target.kind().keyword() + " '" + name
                            + "' are stored unchecked");
        }
    }
}
