package dev.pilothouse.schema.complete;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.complete.Completion.Kind;
import dev.pilothouse.schema.harper.ArgType;
import dev.pilothouse.schema.harper.DirectiveSpec;
import dev.pilothouse.schema.harper.HarperDirectives;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.internal.parser.LexToken;
import dev.pilothouse.schema.internal.parser.RangeLexer;
import dev.pilothouse.schema.internal.parser.RestartPoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Completion at a caret. The context comes from the tokens before the caret (so half-typed text works); the
 * symbols (types, fields) from the last analysis that parsed cleanly, merged with what the current body declares.
 */
public final class CompletionService {

    /** How far back to look for the start of the enclosing definition. */
    private static final int MAX_LOOKBACK_LINES = 2_000;

    private static final List<String> KEYWORDS =
            List.of("type", "enum", "interface", "input", "union", "scalar", "directive", "extend");
    private static final List<String> DEFINITION_STARTS =
            List.of("type ", "interface ", "enum ", "input ", "union ", "scalar ", "directive ", "extend ", "schema ");

    private final LanguageService languageService;
    private final Map<String, Analysis> lastGood = new ConcurrentHashMap<>();

    public CompletionService(LanguageService languageService) {
        this.languageService = languageService;
    }

    public List<Completion> complete(DocumentSnapshot snapshot, int offset) {
        String text = snapshot.text();
        int caret = Math.max(0, Math.min(offset, text.length()));
        List<LexToken> tokens = RangeLexer.lex(text, definitionStart(text, caret), caret);
        LexToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        int replaceStart = caret;
        boolean quoted = false;
        if (last != null && last.end() == caret) {
            if (last.kind() == LexToken.Kind.COMMENT
                    || last.kind() == LexToken.Kind.STRING
                    || last.kind() == LexToken.Kind.BLOCK_STRING) {
                return List.of();
            }
            if (last.isName() || last.kind() == LexToken.Kind.UNTERMINATED_STRING) {
                replaceStart = last.start();
                quoted = last.kind() == LexToken.Kind.UNTERMINATED_STRING;
                tokens = tokens.subList(0, tokens.size() - 1);
            }
        }
        int replaceEnd = wordEnd(text, caret, quoted);
        CaretContext ctx = CaretContext.of(tokens);
        Analysis analysis = symbols(snapshot);
        Items items = new Items(replaceStart, replaceEnd);
        switch (ctx.where()) {
            case TOP_LEVEL -> topLevel(items);
            case TYPE_HEADER_DIRECTIVE -> directives(items, DirectiveSpec.Location.TYPE);
            case FIELD_DIRECTIVE -> directives(items, DirectiveSpec.Location.FIELD);
            case DIRECTIVE_ARGUMENT ->
                HarperDirectives.get(ctx.directive())
                        .ifPresent(spec -> spec.arguments().stream()
                                .filter(a -> !ctx.usedArguments().contains(a.name()))
                                .forEach(a -> items.add(
                                        a.name(),
                                        Kind.ARGUMENT,
                                        a.name() + ": ",
                                        a.type().display(),
                                        a.doc())));
            case ARGUMENT_VALUE -> values(items, ctx, analysis);
            case TYPE -> types(items, analysis);
            case NONE -> {}
        }
        return List.copyOf(items.list);
    }

    private Analysis symbols(DocumentSnapshot snapshot) {
        Analysis now = languageService.analyze(snapshot);
        if (!now.parsed().hasSyntaxErrors()) {
            lastGood.put(snapshot.uri(), now);
            return now;
        }
        return lastGood.getOrDefault(snapshot.uri(), now);
    }

    private static void topLevel(Items items) {
        for (String k : KEYWORDS) {
            items.add(k, Kind.KEYWORD, k + " ", "keyword", null);
        }
        items.add(
                "table",
                Kind.KEYWORD,
                "type ${1:Name} @table @export {\n  id: ID @primaryKey\n  $0\n}",
                "exported table with a primary key",
                "A new table served over REST and MQTT.");
    }

    private static void directives(Items items, DirectiveSpec.Location location) {
        for (DirectiveSpec d : HarperDirectives.at(location)) {
            String signature = d.arguments().stream()
                    .map(a -> a.name() + ": " + a.type().display())
                    .collect(Collectors.joining(", ", "(", ")"));
            String insert = d.arguments().isEmpty() ? d.name() : d.name() + "($1)";
            items.add(
                    d.name(),
                    Kind.DIRECTIVE,
                    insert,
                    d.arguments().isEmpty() ? "@" + d.name() : "@" + d.name() + signature,
                    d.doc());
        }
    }

    private static void types(Items items, Analysis analysis) {
        List<TypeDefinition> defined = analysis.parsed()
                .document()
                .types()
                .filter(t -> !t.extension() && t.kind() != TypeKind.INPUT)
                .toList();
        for (TypeDefinition t : defined) {
            if (t.has("table")) {
                items.add(t.name().value(), Kind.TYPE, t.name().value(), "table", null);
            }
        }
        HarperTypes.scalars().forEach((name, doc) -> items.add(name, Kind.TYPE, name, "Harper scalar", doc));
        for (TypeDefinition t : defined) {
            if (!t.has("table")) {
                items.add(
                        t.name().value(), Kind.TYPE, t.name().value(), t.kind().keyword(), null);
            }
        }
    }

    private static void values(Items items, CaretContext ctx, Analysis analysis) {
        String directive = ctx.directive();
        String arg = ctx.argument();
        if ("relationship".equals(directive) && ("from".equals(arg) || "to".equals(arg))) {
            String owner = "from".equals(arg) ? ctx.typeName() : ctx.fieldType();
            Set<String> names = new LinkedHashSet<>();
            if (owner != null) {
                analysis.parsed()
                        .document()
                        .types()
                        .filter(t -> t.name().value().equals(owner))
                        .flatMap(t -> t.fields().stream())
                        .map(FieldDefinition::name)
                        .forEach(n -> names.add(n.value()));
                if ("from".equals(arg)) {
                    names.addAll(ctx.bodyFields());
                }
            }
            for (String n : names) {
                items.add(n, Kind.FIELD, "\"" + n + "\"", owner + "." + n, null);
            }
            return;
        }
        if ("indexed".equals(directive) && "type".equals(arg)) {
            items.add(
                    "HNSW",
                    Kind.VALUE,
                    "\"HNSW\"",
                    "vector index",
                    "Hierarchical navigable small world index " + "for vector (embedding) similarity search.");
            return;
        }
        HarperDirectives.get(directive)
                .flatMap(d -> d.argument(arg))
                .filter(a -> a.type() == ArgType.BOOLEAN)
                .ifPresent(a -> {
                    items.add("true", Kind.VALUE, "true", "Boolean", a.doc());
                    items.add("false", Kind.VALUE, "false", "Boolean", a.doc());
                });
    }

    /** Start of the definition around the caret: a line starting with a definition keyword, outside strings. */
    private static int definitionStart(String text, int caret) {
        RestartPoints points = RestartPoints.of(text);
        int p = points.safeStart(caret);
        for (int lines = 0; p > 0 && lines < MAX_LOOKBACK_LINES; lines++) {
            for (String k : DEFINITION_STARTS) {
                if (text.startsWith(k, p)) {
                    return p;
                }
            }
            p = points.safeStart(p - 1);
        }
        return p;
    }

    /** The end of the word being completed: name characters after the caret, and a closing quote when quoted. */
    private static int wordEnd(String text, int caret, boolean quoted) {
        int p = caret;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) {
            p++;
        }
        if (quoted && p < text.length() && text.charAt(p) == '"') {
            p++;
        }
        return p;
    }

    /** Collects items that share one replacement range. */
    private static final class Items {
        private final int start;
        private final int end;
        private final List<Completion> list = new ArrayList<>();

        Items(int start, int end) {
            this.start = start;
            this.end = end;
        }

        void add(String label, Kind kind, String insert, String detail, String doc) {
            list.add(new Completion(label, kind, insert, start, end, detail, doc));
        }
    }
}
