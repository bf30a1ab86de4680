package dev.pilothouse.schema.validate;

import static dev.pilothouse.schema.validate.SemanticCodes.MISSING_ARGUMENT;
import static dev.pilothouse.schema.validate.SemanticCodes.REPEATED_DIRECTIVE;
import static dev.pilothouse.schema.validate.SemanticCodes.UNKNOWN_ARGUMENT;
import static dev.pilothouse.schema.validate.SemanticCodes.UNKNOWN_DIRECTIVE;
import static dev.pilothouse.schema.validate.SemanticCodes.WRONG_ARGUMENT_TYPE;
import static dev.pilothouse.schema.validate.SemanticCodes.WRONG_PLACE;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.DirectiveDefinition;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.harper.DirectiveSpec;
import dev.pilothouse.schema.harper.DirectiveSpec.Location;
import dev.pilothouse.schema.harper.HarperDirectives;
import dev.pilothouse.schema.text.Suggest;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Directive applications: known name, right place, right arguments, no accidental repeats. */
final class DirectiveRules {

    private final SchemaIndex index;
    private final Report report;

    DirectiveRules(SchemaIndex index, Report report) {
        this.index = index;
        this.report = report;
    }

    void check() {
        index.document().types().forEach(type -> {
            checkAll(type.directives(), Location.TYPE, type);
            for (FieldDefinition field : type.fields()) {
                boolean isField = type.kind() == TypeKind.OBJECT
                        || type.kind() == TypeKind.INTERFACE
                        || type.kind() == TypeKind.INPUT;
                checkAll(field.directives(), isField ? Location.FIELD : Location.ANY, type);
                field.arguments().forEach(a -> checkAll(a.directives(), Location.ANY, type));
            }
        });
    }

    private void checkAll(List<DirectiveUse> uses, Location where, TypeDefinition owner) {
        Set<String> seen = new HashSet<>();
        for (DirectiveUse use : uses) {
            String name = use.nameValue();
            var harper = HarperDirectives.get(name);
            DirectiveDefinition declared = index.declaredDirective(name);
            if (harper.isEmpty() && declared == null) {
                unknown(use);
                continue;
            }
            boolean repeatable =
                    harper.map(DirectiveSpec::repeatable).orElse(declared != null && declared.repeatable());
            if (!seen.add(name) && !repeatable) {
                report.warning(
                        REPEATED_DIRECTIVE,
                        use.range(),
                        "@" + name + " is already applied here; Harper " + "silently keeps only one of them",
                        Report.remove("Remove the repeated @" + name, use.range()));
            }
            if (harper.isPresent() && declared == null) {
                checkHarper(use, harper.get(), where, owner);
            } else {
                checkDeclaredArguments(use, declared);
            }
        }
    }

    private void unknown(DirectiveUse use) {
        Set<String> known = new LinkedHashSet<>();
        HarperDirectives.all().forEach(d -> known.add(d.name()));
        known.addAll(index.declaredDirectiveNames());
        var suggestion = Suggest.nearest(use.nameValue(), known);
        QuickFix[] fixes = suggestion
                .map(s -> new QuickFix[] {Report.replaceWith(use.name().range(), s)})
                .orElse(new QuickFix[] {Report.remove("Remove @" + use.nameValue(), use.range())});
        report.error(
                UNKNOWN_DIRECTIVE,
                use.name().range(),
                "Unknown directive @" + use.nameValue()
                        + suggestion.map(s -> "; did you mean @" + s + "?").orElse("")
                        + " (Harper silently ignores it)",
                fixes);
    }

    private void checkHarper(DirectiveUse use, DirectiveSpec spec, Location where, TypeDefinition owner) {
        boolean typeLevelOnObject = where == Location.TYPE && owner.kind() == TypeKind.OBJECT;
        boolean ok = switch (spec.location()) {
            case TYPE -> typeLevelOnObject;
            case FIELD -> where == Location.FIELD || spec.name().equals("deprecated");
            case ANY -> true;
        };
        if (!ok) {
            report.error(
                    WRONG_PLACE,
                    use.name().range(),
                    "@" + spec.name() + " belongs on " + spec.location().display() + ", not here",
                    Report.remove("Remove @" + spec.name(), use.range()));
            return;
        }
        for (Argument arg : use.arguments()) {
            var argSpec = spec.argument(arg.name().value());
            if (argSpec.isEmpty()) {
                List<String> names = spec.arguments().stream()
                        .map(DirectiveSpec.ArgSpec::name)
                        .toList();
                var suggestion = Suggest.nearest(arg.name().value(), names);
                report.error(
                        UNKNOWN_ARGUMENT,
                        arg.name().range(),
                        "@" + spec.name() + " has no argument '"
                                + arg.name().value() + "'"
                                + suggestion
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse(
                                                names.isEmpty()
                                                        ? "; it takes none"
                                                        : "; it takes " + String.join(", ", names)),
                        suggestion
                                .map(s -> new QuickFix[] {
                                    Report.replaceWith(arg.name().range(), s)
                                })
                                .orElse(new QuickFix[0]));
            } else if (!argSpec.get().type().accepts(arg.value())) {
                report.error(
                        WRONG_ARGUMENT_TYPE,
                        arg.value().range(),
                        "'" + arg.name().value() + "' of @"
                                + spec.name() + " must be "
                                + article(argSpec.get().type().display()) + ", not "
                                + arg.value().kindName());
            }
        }
        for (DirectiveSpec.ArgSpec required : spec.arguments()) {
            if (required.required() && use.argument(required.name()).isEmpty()) {
                report.error(
                        MISSING_ARGUMENT,
                        use.range(),
                        "@" + spec.name() + " needs the argument '" + required.name() + "'");
            }
        }
    }

    private void checkDeclaredArguments(DirectiveUse use, DirectiveDefinition declared) {
        if (declared == null) {
            return;
        }
        for (Argument arg : use.arguments()) {
            boolean known = declared.arguments().stream()
                    .anyMatch(a -> a.name().value().equals(arg.name().value()));
            if (!known) {
                report.error(
                        UNKNOWN_ARGUMENT,
                        arg.name().range(),
                        "@" + use.nameValue() + " declares no argument '"
                                + arg.name().value() + "'");
            }
        }
    }

    private static String article(String typeName) {
        return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }
}
