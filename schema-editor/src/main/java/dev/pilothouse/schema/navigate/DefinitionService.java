package dev.pilothouse.schema.navigate;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.text.TextRange;
import java.util.Optional;

/** Go-to-definition: type references to the type's name, {@code @relationship(from|to)} to the named field. */
public final class DefinitionService {

    private final LanguageService languageService;

    public DefinitionService(LanguageService languageService) {
        this.languageService = languageService;
    }

    public Optional<TextRange> definition(DocumentSnapshot snapshot, int offset) {
        Analysis analysis = languageService.analyze(snapshot);
        Document doc = analysis.parsed().document();
        return Symbols.at(doc, offset).flatMap(at -> {
            if (at.typeRef() != null) {
                return type(doc, at.typeRef().name().value()).map(t -> t.name().range());
            }
            if (at.argument() != null
                    && at.field() != null
                    && at.directive().nameValue().equals("relationship")
                    && at.argument().value().range().contains(offset)) {
                String arg = at.argument().name().value();
                Optional<String> fieldName = at.argument().value().textValue();
                Optional<TypeDefinition> owner = switch (arg) {
                    case "from" -> Optional.of(at.type());
                    case "to" ->
                        at.field().type() == null
                                ? Optional.empty()
                                : type(doc, at.field().type().base().name().value());
                    default -> Optional.empty();
                };
                return owner.flatMap(t -> fieldName.flatMap(t::field))
                        .map(FieldDefinition::name)
                        .map(n -> n.range());
            }
            return Optional.empty();
        });
    }

    private static Optional<TypeDefinition> type(Document doc, String name) {
        return doc.types()
                .filter(t -> !t.extension() && t.name().value().equals(name))
                .findFirst();
    }
}
