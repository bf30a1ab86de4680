package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.ast.Definition;
import dev.pilothouse.schema.ast.Description;
import dev.pilothouse.schema.ast.DirectiveDefinition;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.ExecutableDefinition;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.InputValue;
import dev.pilothouse.schema.ast.Name;
import dev.pilothouse.schema.ast.SchemaDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.text.LineMap;
import dev.pilothouse.schema.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The one converter from ANTLR parse trees to our AST. Trees recovered from errors may lack children, so every
 * child is treated as optional. Also reports the syntax rules the shared member rule cannot express.
 */
final class AstBuilder {

    private final LineMap lines;
    private final Syntax syntax;
    private final ValueBuilder values;

    AstBuilder(LineMap lines, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.syntax = new Syntax(lines, diagnostics);
        this.values = new ValueBuilder(lines, syntax);
    }

    Document document(SchemaParser.DocumentContext ctx, int length) {
        List<Definition> definitions = new ArrayList<>();
        for (SchemaParser.DefinitionContext d : ctx.definition()) {
            Definition def = definition(d);
            if (def != null) {
                definitions.add(def);
            }
        }
        return new Document(definitions, lines.range(0, length));
    }

    private Definition definition(SchemaParser.DefinitionContext d) {
        if (d.typeDefinition() != null) {
            var t = d.typeDefinition();
            return type(
                    t.description(),
                    t.typeKeyword(),
                    t.UNION() != null,
                    false,
                    t.name(),
                    t.implementsInterfaces(),
                    t.directives(),
                    t.typeBody(),
                    t.unionMembers(),
                    t);
        }
        if (d.typeExtension() != null) {
            var t = d.typeExtension();
            TypeDefinition ext = type(
                    null,
                    t.typeKeyword(),
                    t.UNION() != null,
                    true,
                    t.name(),
                    t.implementsInterfaces(),
                    t.directives(),
                    t.typeBody(),
                    t.unionMembers(),
                    t);
            if (ext != null
                    && ext.directives().isEmpty()
                    && ext.fields().isEmpty()
                    && ext.interfaces().isEmpty()
                    && ext.members().isEmpty()) {
                syntax.error(ext.range(), "An extension must add something: directives, fields, values or members");
            }
            return ext;
        }
        if (d.directiveDefinition() != null) {
            return directiveDefinition(d.directiveDefinition());
        }
        if (d.schemaDefinition() != null) {
            return new SchemaDefinition(
                    false, values.directives(d.schemaDefinition().directives()), range(d.schemaDefinition()));
        }
        if (d.schemaExtension() != null) {
            return new SchemaDefinition(
                    true, values.directives(d.schemaExtension().directives()), range(d.schemaExtension()));
        }
        if (d.operationDefinition() != null) {
            return new ExecutableDefinition("operation", range(d.operationDefinition()));
        }
        if (d.fragmentDefinition() != null) {
            return new ExecutableDefinition("fragment", range(d.fragmentDefinition()));
        }
        return null;
    }

    private TypeDefinition type(
            SchemaParser.DescriptionContext description,
            SchemaParser.TypeKeywordContext keyword,
            boolean union,
            boolean extension,
            SchemaParser.NameContext name,
            SchemaParser.ImplementsInterfacesContext impl,
            SchemaParser.DirectivesContext dirs,
            SchemaParser.TypeBodyContext body,
            SchemaParser.UnionMembersContext unionMembers,
            ParserRuleContext whole) {
        if (name == null || (keyword == null && !union)) {
            return null;
        }
        TypeKind kind = union ? TypeKind.UNION : TypeKind.ofKeyword(keyword.getText());
        List<TypeRef.Named> interfaces = new ArrayList<>();
        if (impl != null) {
            if (kind != TypeKind.OBJECT && kind != TypeKind.INTERFACE) {
                syntax.error(range(impl), "Only object and interface types can implement interfaces");
            }
            impl.namedType().forEach(n -> interfaces.add(named(n, false)));
        }
        List<TypeRef.Named> members = new ArrayList<>();
        if (unionMembers != null) {
            unionMembers.namedType().forEach(n -> members.add(named(n, false)));
        }
        List<FieldDefinition> fields = new ArrayList<>();
        if (body != null) {
            if (kind == TypeKind.SCALAR) {
                syntax.error(range(body), "A scalar has no body");
            }
            int lastUntypedLine = -1;
            for (SchemaParser.MemberContext m : body.member()) {
                FieldDefinition field = member(kind, m, lastUntypedLine);
                fields.add(field);
                lastUntypedLine = field.type() == null ? field.range().endLine() : -1;
            }
        }
        return new TypeDefinition(
                kind,
                extension,
                name(name),
                description(description),
                interfaces,
                values.directives(dirs),
                fields,
                members,
                body == null ? null : range(body),
                range(whole));
    }

    /** {@code lastUntypedLine}: `id ID` parses as two untyped members; one diagnostic is enough for it. */
    private FieldDefinition member(TypeKind kind, SchemaParser.MemberContext m, int lastUntypedLine) {
        Name name = name(m.name());
        TypeRef type = m.type() == null ? null : type(m.type());
        boolean typed = kind == TypeKind.OBJECT || kind == TypeKind.INTERFACE || kind == TypeKind.INPUT;
        if (typed && type == null && m.COLON() != null) {
            syntax.error(range(m), "Expected a type after '" + name.value() + ":'");
        } else if (typed && type == null && m.name() != null && name.range().startLine() != lastUntypedLine) {
            syntax.error(name.range(), "Expected ':' and a type after field '" + name.value() + "'");
        }
        if (kind == TypeKind.ENUM) {
            if (m.COLON() != null || m.argumentsDefinition() != null) {
                syntax.error(range(m), "Enum values have no type or arguments");
            }
            if (List.of("true", "false", "null").contains(name.value())) {
                syntax.error(name.range(), "'" + name.value() + "' cannot be an enum value");
            }
        }
        if (kind != TypeKind.OBJECT && kind != TypeKind.INTERFACE && m.argumentsDefinition() != null) {
            syntax.error(range(m.argumentsDefinition()), "Only fields of object and interface types take arguments");
        }
        if (kind != TypeKind.INPUT && m.defaultValue() != null) {
            syntax.error(range(m.defaultValue()), "Only input fields and arguments have default values");
        }
        List<InputValue> arguments = m.argumentsDefinition() == null
                ? List.of()
                : m.argumentsDefinition().inputValueDefinition().stream()
                        .map(this::inputValue)
                        .toList();
        return new FieldDefinition(
                name,
                description(m.description()),
                arguments,
                type,
                values.defaultValue(m.defaultValue()),
                values.directives(m.directives()),
                range(m));
    }

    private InputValue inputValue(SchemaParser.InputValueDefinitionContext v) {
        return new InputValue(
                name(v.name()),
                description(v.description()),
                v.type() == null ? null : type(v.type()),
                values.defaultValue(v.defaultValue()),
                values.directives(v.directives()),
                range(v));
    }

    private DirectiveDefinition directiveDefinition(SchemaParser.DirectiveDefinitionContext d) {
        List<InputValue> args = d.argumentsDefinition() == null
                ? List.of()
                : d.argumentsDefinition().inputValueDefinition().stream()
                        .map(this::inputValue)
                        .toList();
        List<Name> locations = new ArrayList<>();
        if (d.directiveLocations() != null) {
            for (SchemaParser.NameContext n : d.directiveLocations().name()) {
                Name location = name(n);
                if (!DirectiveLocations.ALL.contains(location.value())) {
                    syntax.error(location.range(), "Unknown directive location '" + location.value() + "'");
                }
                locations.add(location);
            }
        }
        return new DirectiveDefinition(
                name(d.name()), description(d.description()), args, d.REPEATABLE() != null, locations, range(d));
    }

    private TypeRef type(SchemaParser.TypeContext t) {
        boolean nonNull = t.BANG() != null;
        if (t.namedType() != null) {
            return named(t.namedType(), nonNull);
        }
        TypeRef element =
                t.type() == null ? new TypeRef.Named(new Name("", range(t)), false, range(t)) : type(t.type());
        return new TypeRef.ListOf(element, nonNull, range(t));
    }

    private TypeRef.Named named(SchemaParser.NamedTypeContext n, boolean nonNull) {
        TextRange r = range(n);
        return new TypeRef.Named(name(n.name()), nonNull, nonNull ? lines.range(r.start(), r.end() + 1) : r);
    }

    private Description description(SchemaParser.DescriptionContext d) {
        if (d == null || d.stringValue() == null) {
            return null;
        }
        var s = values.string(d.stringValue());
        return new Description(s.value(), s.block(), s.range());
    }

    Name name(SchemaParser.NameContext n) {
        if (n == null) {
            return new Name("", lines.range(0, 0));
        }
        Token t = n.getStart();
        return new Name(t.getText(), lines.range(t.getStartIndex(), t.getStopIndex() + 1));
    }

    TextRange range(ParserRuleContext ctx) {
        return Syntax.range(lines, ctx);
    }
}
