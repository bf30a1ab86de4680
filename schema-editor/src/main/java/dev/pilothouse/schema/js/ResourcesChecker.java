package dev.pilothouse.schema.js;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Syntax checks for resources.js (codes PH4xx): unterminated literals (PH400), brackets (PH401), unexpected
 * tokens in the constructs we read (PH402), duplicate class members (PH403), duplicate exports (PH411) and the
 * legacy instance API on resource classes (PH410). Not a full JavaScript parser: see
 * docs/decisions/0004-resources-js-analysis.md.
 */
public final class ResourcesChecker {

    public static final String UNTERMINATED = "PH400";
    public static final String BRACKETS = "PH401";
    public static final String UNEXPECTED = JsStructure.UNEXPECTED;
    public static final String DUPLICATE_MEMBER = "PH403";
    public static final String LEGACY_INSTANCE_API = "PH410";
    public static final String DUPLICATE_EXPORT = "PH411";

    /** Binary garbage can hold millions of bad characters; past this many, more of the same tells nothing. */
    private static final int MAX_PER_KIND = 100;

    public List<Diagnostic> check(DocumentSnapshot snapshot) {
        String text = snapshot.text();
        LineMap lines = LineMap.of(text);
        JsLexResult lexed = JsLexer.lex(text);
        JsStructure structure = JsStructure.of(text, lines, lexed);
        List<Diagnostic> out = new ArrayList<>();
        lexProblems(lexed, lines, out);
        bracketProblems(structure.brackets(), lines, text.length(), out);
        out.addAll(structure.problems());
        List<ResourceClass> classes = structure.classes();
        duplicateMembers(classes, out);
        duplicateExports(classes, structure.symbols(), out);
        legacyInstanceApi(classes, structure.code(), out);
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.range().start()).thenComparing(Diagnostic::code));
        return out;
    }

    private static void lexProblems(JsLexResult lexed, LineMap lines, List<Diagnostic> out) {
        int unterminated = 0;
        int invalid = 0;
        for (LexProblem p : lexed.problems()) {
            String where = " at line " + lines.line(p.start()) + ", column " + lines.column(p.start());
            if (p.kind() == LexProblem.Kind.INVALID_CHARACTER) {
                if (invalid++ < MAX_PER_KIND) {
                    int cp = lexedCodePoint(lexed, p);
                    out.add(new Diagnostic(
                            UNEXPECTED,
                            Severity.ERROR,
                            lines.range(p.start(), p.end()),
                            String.format("invalid character U+%04X%s", cp, where)));
                }
            } else if (unterminated++ < MAX_PER_KIND) {
                out.add(new Diagnostic(
                        UNTERMINATED,
                        Severity.ERROR,
                        lines.range(p.start(), p.end()),
                        "unterminated " + p.kind().what() + " starting" + where));
            }
        }
    }

    private static int lexedCodePoint(JsLexResult lexed, LexProblem p) {
        return lexed.tokens().stream()
                .filter(t -> t.start() == p.start())
                .findFirst()
                .map(t -> t.text().codePointAt(0))
                .orElse(0);
    }

    private static void bracketProblems(Brackets brackets, LineMap lines, int length, List<Diagnostic> out) {
        int count = 0;
        for (Brackets.Problem p : brackets.problems()) {
            if (count++ >= MAX_PER_KIND) {
                return;
            }
            JsToken at = p.closer() == null ? p.opener() : p.closer();
            String message;
            if (p.closer() == null) {
                message = "'" + Brackets.display(p.opener()) + "' opened at "
                        + pos(lines, p.opener().start()) + " is never closed (file ends at " + pos(lines, length) + ")";
            } else if (p.opener() == null) {
                message = "'" + Brackets.display(p.closer()) + "' at "
                        + pos(lines, p.closer().start()) + " has no matching opening bracket";
            } else {
                message = "'" + Brackets.display(p.opener()) + "' opened at "
                        + pos(lines, p.opener().start()) + " is closed by '" + Brackets.display(p.closer()) + "' at "
                        + pos(lines, p.closer().start());
            }
            out.add(new Diagnostic(BRACKETS, Severity.ERROR, lines.range(at.start(), at.end()), message));
        }
    }

    private static void duplicateMembers(List<ResourceClass> classes, List<Diagnostic> out) {
        for (ResourceClass c : classes) {
            Set<String> seen = new HashSet<>();
            for (ResourceMethod m : c.methods()) {
                String key = (m.isStatic() ? "static " : "") + m.accessor() + " " + m.name();
                if (!m.name().equals("[computed]") && !seen.add(key)) {
                    out.add(new Diagnostic(
                            DUPLICATE_MEMBER,
                            Severity.WARNING,
                            m.range(),
                            "method '" + m.name() + "' is defined twice in class " + c.name() + " (line "
                                    + m.range().startLine() + "); only the last definition is used"));
                }
            }
        }
    }

    private static void duplicateExports(
            List<ResourceClass> classes, List<ExportedSymbol> symbols, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (ResourceClass c : classes) {
            if (c.exported() && !seen.add(c.exportName())) {
                out.add(new Diagnostic(
                        DUPLICATE_EXPORT,
                        Severity.ERROR,
                        c.nameRange(),
                        "'" + c.exportName() + "' is exported twice (line "
                                + c.nameRange().startLine() + ")"));
            }
        }
        for (ExportedSymbol s : symbols) {
            if (!seen.add(s.name())) {
                out.add(new Diagnostic(
                        DUPLICATE_EXPORT,
                        Severity.ERROR,
                        s.range(),
                        "'" + s.name() + "' is exported twice (line "
                                + s.range().startLine() + ")"));
            }
        }
    }

    /**
     * Harper 4.7 still defaults to the instance-per-request API; methods written with the documented
     * {@code get(target)} signatures then receive something else (harper.md §3).
     */
    private static void legacyInstanceApi(List<ResourceClass> classes, List<JsToken> code, List<Diagnostic> out) {
        for (ResourceClass c : classes) {
            boolean resourceLike =
                    c.extendsTarget().isTable() || c.extendsTarget().kind() == ExtendsTarget.Kind.RESOURCE;
            boolean declares =
                    c.fields().stream().anyMatch(f -> f.isStatic() && f.name().equals("loadAsInstance"));
            List<String> overridden = c.methods().stream()
                    .filter(m -> m.resourceMethod() && !m.isStatic())
                    .map(ResourceMethod::name)
                    .distinct()
                    .toList();
            if (!c.exported() || !resourceLike || declares || overridden.isEmpty()) {
                continue;
            }
            int brace = code.stream()
                    .filter(t -> t.start() >= c.nameRange().end() && t.is("{"))
                    .mapToInt(JsToken::end)
                    .findFirst()
                    .orElse(c.range().end());
            out.add(new Diagnostic(
                    LEGACY_INSTANCE_API,
                    Severity.WARNING,
                    c.nameRange(),
                    "class " + c.name() + " overrides " + String.join(", ", overridden)
                            + " but does not set `static loadAsInstance = false`; Harper 4.7 then uses the legacy"
                            + " instance API, not the get(target)-style signatures",
                    List.of(QuickFix.replace(
                            "Add `static loadAsInstance = false;`",
                            brace,
                            brace,
                            "\n\tstatic loadAsInstance = false;"))));
        }
    }

    private static String pos(LineMap lines, int offset) {
        return "line " + lines.line(offset) + ", column " + lines.column(offset);
    }
}
