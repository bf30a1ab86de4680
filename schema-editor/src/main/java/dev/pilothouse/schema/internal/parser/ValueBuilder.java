package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.Name;
import dev.pilothouse.schema.ast.Value;
import dev.pilothouse.schema.text.LineMap;
import dev.pilothouse.schema.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Converts directive applications and value literals. */
final class ValueBuilder {

    private final LineMap lines;
    private final Syntax syntax;

    ValueBuilder(LineMap lines, Syntax syntax) {
        this.lines = lines;
        this.syntax = syntax;
    }

    List<DirectiveUse> directives(SchemaParser.DirectivesContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<DirectiveUse> out = new ArrayList<>();
        for (SchemaParser.DirectiveContext d : ctx.directive()) {
            if (d.name() == null) {
                continue; // reported by the parser
            }
            List<Argument> args = new ArrayList<>();
            if (d.arguments() != null) {
                d.arguments().argument().forEach(a -> {
                    if (a.name() != null && a.value() != null) {
                        args.add(new Argument(name(a.name()), value(a.value()), Syntax.range(lines, a)));
                    } else if (a.name() != null && a.COLON() != null) {
                        syntax.error(
                                Syntax.range(lines, a),
                                "Expected a value after '" + a.name().getText() + ":'");
                    }
                });
            }
            out.add(new DirectiveUse(name(d.name()), args, Syntax.range(lines, d)));
        }
        return out;
    }

    /** The value after '=', or null (reported) when the author has not written it yet. */
    Value defaultValue(SchemaParser.DefaultValueContext d) {
        if (d == null) {
            return null;
        }
        if (d.value() == null) {
            syntax.error(Syntax.range(lines, d), "Expected a value after '='");
            return null;
        }
        return value(d.value());
    }

    Value value(SchemaParser.ValueContext v) {
        TextRange r = Syntax.range(lines, v);
        if (v.stringValue() != null) {
            return string(v.stringValue());
        }
        if (v.INT() != null) {
            return new Value.IntValue(v.INT().getText(), r);
        }
        if (v.FLOAT() != null) {
            return new Value.FloatValue(v.FLOAT().getText(), r);
        }
        if (v.TRUE() != null || v.FALSE() != null) {
            return new Value.BooleanValue(v.TRUE() != null, r);
        }
        if (v.NULL() != null) {
            return new Value.NullValue(r);
        }
        if (v.variable() != null) {
            return new Value.VariableValue(
                    v.variable().name() == null ? "" : v.variable().name().getText(), r);
        }
        if (v.name() != null) {
            return new Value.EnumValue(v.name().getText(), r);
        }
        if (v.LBRACK() != null) {
            return new Value.ListValue(v.value().stream().map(this::value).toList(), r);
        }
        List<Argument> fields = new ArrayList<>();
        v.objectField().forEach(f -> {
            if (f.name() != null && f.value() != null) {
                fields.add(new Argument(name(f.name()), value(f.value()), Syntax.range(lines, f)));
            } else if (f.name() != null && f.COLON() != null) {
                syntax.error(
                        Syntax.range(lines, f),
                        "Expected a value after '" + f.name().getText() + ":'");
            }
        });
        return new Value.ObjectValue(fields, r);
    }

    Value.StringValue string(SchemaParser.StringValueContext s) {
        Token t = s.getStart();
        TextRange r = lines.range(t.getStartIndex(), t.getStopIndex() + 1);
        boolean block = t.getType() == SchemaLexer.BLOCK_STRING || t.getType() == SchemaLexer.UNTERMINATED_BLOCK_STRING;
        if (block) {
            return new Value.StringValue(StringValues.block(t.getText()), true, r);
        }
        StringValues.Decoded decoded = StringValues.quoted(t.getText());
        if (decoded.badEscapeAt() >= 0) {
            int at = t.getStartIndex() + decoded.badEscapeAt();
            syntax.error(
                    Codes.BAD_ESCAPE,
                    lines.range(at, Math.min(at + 2, t.getStopIndex() + 1)),
                    "Invalid escape sequence in string; valid ones are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        return new Value.StringValue(decoded.value(), false, r);
    }

    private Name name(SchemaParser.NameContext n) {
        Token t = n.getStart();
        return new Name(t.getText(), lines.range(t.getStartIndex(), t.getStopIndex() + 1));
    }
}
