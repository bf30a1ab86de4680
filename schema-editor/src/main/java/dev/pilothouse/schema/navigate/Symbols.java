package dev.pilothouse.schema.navigate;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeRef;
import java.util.Optional;

/** Finds the syntax element under a caret in our AST; shared by hover and go-to-definition. */
final class Symbols {

    /** What is at the caret; unset parts are null. */
    record At(
            TypeDefinition type,
            FieldDefinition field,
            DirectiveUse directive,
            Argument argument,
            TypeRef.Named typeRef,
            boolean onName) {}

    private Symbols() {}

    static Optional<At> at(Document document, int offset) {
        return document.types()
                .filter(t -> t.range().contains(offset))
                .findFirst()
                .map(t -> inType(t, offset));
    }

    private static At inType(TypeDefinition type, int offset) {
        if (type.name().range().contains(offset)) {
            return new At(type, null, null, null, null, true);
        }
        for (DirectiveUse d : type.directives()) {
            if (d.range().contains(offset)) {
                return inDirective(type, null, d, offset);
            }
        }
        for (TypeRef.Named ref : type.interfaces()) {
            if (ref.name().range().contains(offset)) {
                return new At(type, null, null, null, ref, false);
            }
        }
        for (TypeRef.Named ref : type.members()) {
            if (ref.name().range().contains(offset)) {
                return new At(type, null, null, null, ref, false);
            }
        }
        for (FieldDefinition f : type.fields()) {
            if (!f.range().contains(offset)) {
                continue;
            }
            if (f.name().range().contains(offset)) {
                return new At(type, f, null, null, null, true);
            }
            if (f.type() != null && f.type().base().name().range().contains(offset)) {
                return new At(type, f, null, null, f.type().base(), false);
            }
            for (DirectiveUse d : f.directives()) {
                if (d.range().contains(offset)) {
                    return inDirective(type, f, d, offset);
                }
            }
        }
        return new At(type, null, null, null, null, false);
    }

    private static At inDirective(TypeDefinition type, FieldDefinition field, DirectiveUse d, int offset) {
        for (Argument a : d.arguments()) {
            if (a.range().contains(offset)) {
                return new At(type, field, d, a, null, false);
            }
        }
        return new At(type, field, d, null, null, false);
    }
}
