package dev.pilothouse.schema.navigate;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.harper.DirectiveSpec;
import dev.pilothouse.schema.harper.HarperDirectives;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.schema.navigate.Symbols.At;
import java.util.Optional;
import java.util.stream.Collectors;

/** Markdown hover text for directives, their arguments, scalar and table types, and fields. */
public final class HoverService {

    private final LanguageService languageService;

    public HoverService(LanguageService languageService) {
        this.languageService = languageService;
    }

    public Optional<Hover> hover(DocumentSnapshot snapshot, int offset) {
        Analysis analysis = languageService.analyze(snapshot);
        return Symbols.at(analysis.parsed().document(), offset).flatMap(at -> describe(analysis, at, offset));
    }

    private static Optional<Hover> describe(Analysis analysis, At at, int offset) {
        if (at.directive() != null) {
            DirectiveUse d = at.directive();
            Optional<DirectiveSpec> spec = HarperDirectives.get(d.nameValue());
            if (at.argument() != null && at.argument().name().range().contains(offset)) {
                return spec.flatMap(s -> s.argument(at.argument().name().value()))
                        .map(a -> new Hover(
                                "**" + a.name() + "**: `" + a.type().display() + "`"
                                        + (a.required() ? " (required)" : "") + "\n\n" + a.doc(),
                                at.argument().name().range()));
            }
            if (d.name().range().contains(offset)) {
                return spec.map(s -> new Hover(directive(s), d.name().range()));
            }
            return Optional.empty();
        }
        if (at.typeRef() != null) {
            String name = at.typeRef().name().value();
            if (HarperTypes.isScalar(name)) {
                return Optional.of(new Hover(
                        "**" + name + "** (Harper scalar)\n\n"
                                + HarperTypes.scalars().get(name),
                        at.typeRef().name().range()));
            }
            return analysis.parsed()
                    .document()
                    .types()
                    .filter(t -> t.name().value().equals(name) && !t.extension())
                    .findFirst()
                    .map(t -> new Hover(type(analysis, t), at.typeRef().name().range()));
        }
        if (at.onName() && at.field() != null) {
            return Optional.of(
                    new Hover(field(at.type(), at.field()), at.field().name().range()));
        }
        if (at.onName()) {
            return Optional.of(
                    new Hover(type(analysis, at.type()), at.type().name().range()));
        }
        return Optional.empty();
    }

    private static String directive(DirectiveSpec s) {
        StringBuilder md = new StringBuilder("**@")
                .append(s.name())
                .append("** (on ")
                .append(s.location().display())
                .append(")\n\n")
                .append(s.doc());
        if (!s.arguments().isEmpty()) {
            md.append("\n\n");
            s.arguments()
                    .forEach(a -> md.append("- `")
                            .append(a.name())
                            .append(": ")
                            .append(a.type().display())
                            .append(a.required() ? "!" : "")
                            .append("` ")
                            .append(a.doc())
                            .append('\n'));
        }
        return md.toString().strip();
    }

    private static String type(Analysis analysis, TypeDefinition t) {
        Optional<Table> table = analysis.model().table(t.name().value());
        if (table.isEmpty()) {
            return "**" + t.kind().keyword() + " " + t.name().value() + "**"
                    + (t.description() == null ? "" : "\n\n" + t.description().text());
        }
        Table tb = table.get();
        StringBuilder md = new StringBuilder("**table ")
                .append(tb.typeName())
                .append("**\n\n")
                .append("- database: `")
                .append(tb.database())
                .append("`\n")
                .append("- table: `")
                .append(tb.tableName())
                .append("`\n")
                .append("- primary key: ")
                .append(tb.primaryKey().map(a -> "`" + a.name() + "`").orElse("none"))
                .append('\n')
                .append("- export: ")
                .append(
                        tb.export() == null
                                ? "not exported"
                                : "`/" + tb.export().pathFor(tb.typeName()) + "/`")
                .append('\n')
                .append("- attributes: ")
                .append(tb.attributes().size());
        if (tb.description() != null) {
            md.append("\n\n").append(tb.description());
        }
        return md.toString();
    }

    private static String field(TypeDefinition owner, FieldDefinition f) {
        String type = f.type() == null ? "enum value" : "`" + f.type().display() + "`";
        String directives =
                f.directives().stream().map(d -> "`@" + d.nameValue() + "`").collect(Collectors.joining(" "));
        return "**" + owner.name().value() + "." + f.name().value() + "**: " + type
                + (directives.isEmpty() ? "" : "\n\n" + directives)
                + (f.description() == null ? "" : "\n\n" + f.description().text());
    }
}
