package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.js.JsLexer;
import dev.pilothouse.schema.js.JsToken;
import dev.pilothouse.schema.js.JsTokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The tables a {@code resources.js} names, read from the tokens of the language service's own lexer (ADR 0004), so
 * comments never count and a string counts only where it is a property name ({@code tables['Payment']}) or names a
 * table outright. Harper hands code its tables through the globals {@code tables} (database {@code data}) and
 * {@code databases}; found here are member chains ({@code tables.X}, {@code tables?.X}, {@code databases.db.X},
 * bracketed literals), destructuring ({@code const { X } = tables}) and imports of those globals under another name.
 * What the tokens cannot tell (a computed name, the globals passed around as values, {@code eval} and its kin) is a
 * {@link Reference#dynamic() dynamic} reference: it may reach any table. Data flow is not followed.
 */
public final class CodeReferences {

    /** Names that reach code or globals the tokens cannot follow. */
    private static final Set<String> ESCAPES = Set.of("eval", "Function", "require", "globalThis", "global");

    private static final Set<String> ROOTS = Set.of("tables", "databases");
    /** Harper's database of the {@code tables} global. */
    private static final String DATA = "data";

    /** One reference: the table named ({@code null} when dynamic), the code as written, its 1-based line. */
    public record Reference(String database, String table, String code, int line) {
        public boolean dynamic() {
            return table == null;
        }
    }

    private final List<JsToken> tokens;
    private final int[] lineStarts;
    private final List<Reference> out = new ArrayList<>();
    private final Set<String> tablesRoots = new TreeSet<>(Set.of("tables"));
    private final Set<String> databasesRoots = new TreeSet<>(Set.of("databases"));

    private CodeReferences(String source) {
        tokens = JsLexer.lex(source).tokens().stream()
                .filter(t -> !t.type().isComment())
                .toList();
        lineStarts = IntStream.concat(
                        IntStream.of(0),
                        IntStream.range(0, source.length())
                                .filter(k -> source.charAt(k) == '\n')
                                .map(k -> k + 1))
                .toArray();
    }

    /** Every table reference of a resources.js, in source order. */
    public static List<Reference> of(String source) {
        CodeReferences scan = new CodeReferences(source);
        scan.imports();
        for (int i = 0; i < scan.tokens.size(); i++) {
            scan.at(i);
        }
        return List.copyOf(scan.out);
    }

    /** {@code import { tables as t } from 'harperdb'}: the alias is a root too; {@code import * as h} is dynamic. */
    private void imports() {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).is("import")) {
                continue;
            }
            if (tokens.get(i + 1).is("*") && fromHarper(i)) {
                dynamic(i, "import * as " + text(i + 3));
                continue;
            }
            if (tokens.get(i + 1).type() == JsTokenType.IDENTIFIER
                    && !tokens.get(i + 1).is("from")
                    && fromHarper(i)) {
                dynamic(i, "import " + text(i + 1) + " from harperdb"); // the whole module, tables and all
                continue;
            }
            for (int j = i + 1;
                    j < tokens.size()
                            && !tokens.get(j).is("from")
                            && !tokens.get(j).is(";");
                    j++) {
                if (ROOTS.contains(text(j))
                        && j + 2 < tokens.size()
                        && tokens.get(j + 1).is("as")) {
                    (text(j).equals("tables") ? tablesRoots : databasesRoots).add(text(j + 2));
                }
            }
        }
    }

    /** Whether the import statement at {@code i} loads Harper's own module. */
    private boolean fromHarper(int i) {
        for (int k = i + 1;
                k + 1 < tokens.size() && k < i + 64 && !tokens.get(k).is(";");
                k++) {
            if (tokens.get(k).is("from")) {
                return literal(tokens.get(k + 1))
                        .filter(m -> m.equals("harperdb") || m.equals("harper"))
                        .isPresent();
            }
        }
        return false;
    }

    private void at(int i) {
        JsToken token = tokens.get(i);
        if (token.type() == JsTokenType.STRING || token.type() == JsTokenType.TEMPLATE) {
            literal(token)
                    .filter(name -> name.matches("[A-Za-z_$][\\w$]*"))
                    .ifPresent(name -> out.add(new Reference(null, name, token.text(), line(token))));
            return;
        }
        if (token.is("import") && next(i, "(")) {
            dynamic(i, "import(…)");
            return;
        }
        if (token.type() != JsTokenType.IDENTIFIER || afterDot(i) || objectKey(i) || inImport(i)) {
            return;
        }
        String name = token.text();
        if (ESCAPES.contains(name)) {
            dynamic(i, name);
        } else if (tablesRoots.contains(name)) {
            root(i, DATA);
        } else if (databasesRoots.contains(name)) {
            root(i, null);
        }
    }

    /** {@code tables.X}, {@code databases.db.X}, their bracketed forms, destructuring; anything else is dynamic. */
    private void root(int i, String database) {
        if (destructured(i, database)) {
            return;
        }
        int j = i + 1;
        String db = database;
        while (true) {
            Optional<Member> member = member(j);
            if (member.isEmpty()) {
                dynamic(i, tokens.get(i).text() + (db == null ? "" : "." + db) + " used as a value");
                return;
            }
            if (member.get().name() == null) {
                dynamic(i, tokens.get(i).text() + (db == null ? "" : "." + db) + "[…]");
                return;
            }
            if (db == null) {
                db = member.get().name();
                j = member.get().next();
                continue;
            }
            out.add(new Reference(db, member.get().name(), code(i, member.get().next()), line(tokens.get(i))));
            return;
        }
    }

    /** A property access at {@code j}: its name, or a null name when computed; empty when there is none. */
    private record Member(String name, int next) {}

    private Optional<Member> member(int j) {
        if (j + 1 < tokens.size() && (tokens.get(j).is(".") || tokens.get(j).is("?."))) {
            JsToken name = tokens.get(j + 1);
            if (name.isName()) {
                return Optional.of(new Member(name.text(), j + 2));
            }
            if (name.is("[")) {
                return bracket(j + 1); // tables?.['X']
            }
        }
        return j < tokens.size() && tokens.get(j).is("[") ? bracket(j) : Optional.empty();
    }

    private Optional<Member> bracket(int open) {
        if (open + 2 < tokens.size() && tokens.get(open + 2).is("]")) {
            Optional<String> literal = literal(tokens.get(open + 1));
            if (literal.isPresent()) {
                return Optional.of(new Member(literal.get(), open + 3));
            }
        }
        return Optional.of(new Member(null, open + 1));
    }

    /** {@code const { A, B: b, ...rest } = tables} (or {@code = databases.db}): every key named is a reference. */
    private boolean destructured(int i, String database) {
        if (i < 2 || !tokens.get(i - 1).is("=") || !tokens.get(i - 2).is("}")) {
            return false;
        }
        String db = database;
        int end = i + 1;
        if (db == null) {
            Optional<Member> member = member(i + 1);
            db = member.map(Member::name).orElse(null);
            end = member.map(Member::next).orElse(end);
        }
        int depth = 0;
        for (int k = i - 2; k >= 0; k--) {
            JsToken t = tokens.get(k);
            depth += t.is("}") ? 1 : t.is("{") ? -1 : 0;
            if (depth == 0) {
                break;
            }
            boolean key = t.isName()
                    && k + 1 < tokens.size()
                    && (tokens.get(k + 1).is(",")
                            || tokens.get(k + 1).is("}")
                            || tokens.get(k + 1).is(":")
                            || tokens.get(k + 1).is("="))
                    && !tokens.get(k - 1).is(":")
                    && !tokens.get(k - 1).is("...");
            if (key && db == null) {
                dynamic(i, "destructuring of " + tokens.get(i).text()); // names databases, not tables
                return true;
            }
            if (key) {
                out.add(new Reference(db, t.text(), "{ " + t.text() + " } = " + code(i, end), line(t)));
            }
        }
        return true;
    }

    private void dynamic(int i, String code) {
        out.add(new Reference(null, null, code, line(tokens.get(i))));
    }

    /** The text of a string or plain template literal, when it has no escapes or substitutions. */
    private static Optional<String> literal(JsToken token) {
        String text = token.text();
        boolean plain = token.type() == JsTokenType.STRING
                || (token.type() == JsTokenType.TEMPLATE && text.startsWith("`") && text.endsWith("`"));
        if (!plain || text.length() < 2 || text.contains("\\") || text.contains("${")) {
            return Optional.empty();
        }
        return Optional.of(text.substring(1, text.length() - 1));
    }

    private boolean afterDot(int i) {
        return i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("?."));
    }

    /** {@code { tables: 1 }} or a class member named like a global is no use of it. */
    private boolean objectKey(int i) {
        return next(i, ":")
                && i > 0
                && (tokens.get(i - 1).is("{") || tokens.get(i - 1).is(","));
    }

    private boolean inImport(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 64; k--) {
            JsToken t = tokens.get(k);
            if (t.is(";") || t.is("from") || t.type() == JsTokenType.STRING) {
                return false; // the statement before ended (semicolons are optional, a specifier ends an import)
            }
            if (tokens.get(k).is("import")) {
                return !next(k, "(");
            }
        }
        return false;
    }

    private boolean next(int i, String text) {
        return i + 1 < tokens.size() && tokens.get(i + 1).is(text);
    }

    private String text(int i) {
        return i < tokens.size() ? tokens.get(i).text() : "";
    }

    private String code(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    private int line(JsToken token) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= token.start()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
