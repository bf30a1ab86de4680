package dev.pilothouse.schema.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsLexerTest {

    private static List<String> lex(String source) {
        return JsLexer.lex(source).tokens().stream()
                .map(t -> t.type() + " " + t.text())
                .toList();
    }

    @Test
    void slashAfterIdentifierIsDivision() {
        assertThat(lex("a / b / c"))
                .containsExactly("IDENTIFIER a", "PUNCTUATOR /", "IDENTIFIER b", "PUNCTUATOR /", "IDENTIFIER c");
    }

    @Test
    void slashAfterOperatorOrKeywordStartsRegex() {
        assertThat(lex("x = /a\\/b[/]c/gi")).contains("REGEX /a\\/b[/]c/gi");
        assertThat(lex("return /x/.test(s)")).contains("REGEX /x/");
    }

    @Test
    void slashAfterClosingParenIsDivision() {
        assertThat(lex("(a + b) / 2")).contains("PUNCTUATOR /").noneMatch(s -> s.startsWith("REGEX"));
    }

    @Test
    void templateWithNestedBracesStringsAndTemplates() {
        List<String> tokens = lex("`a${ {x: '}'}[`b${c}`] }d`");

        assertThat(tokens).first().isEqualTo("TEMPLATE `a${");
        assertThat(tokens).contains("STRING '}'", "TEMPLATE `b${", "TEMPLATE }`", "TEMPLATE }d`");
        assertThat(JsLexer.lex("`a${ {x: '}'}[`b${c}`] }d`").problems()).isEmpty();
    }

    @Test
    void numbersIncludeBigintHexAndSeparators() {
        assertThat(lex("1_000 0xff_ff 10n 1.5e-3 .5 0b1010"))
                .containsExactly(
                        "NUMBER 1_000", "NUMBER 0xff_ff", "NUMBER 10n", "NUMBER 1.5e-3", "NUMBER .5", "NUMBER 0b1010");
    }

    @Test
    void stringEscapesDoNotEndTheString() {
        assertThat(lex("'it\\'s' \"a\\\"b\"")).containsExactly("STRING 'it\\'s'", "STRING \"a\\\"b\"");
    }

    @Test
    void keywordAfterDotIsAPropertyName() {
        assertThat(lex("tables.Product.delete(id)")).contains("IDENTIFIER delete");
    }

    @Test
    void privateNamesAndOptionalChaining() {
        assertThat(lex("this.#x?.y ?? z")).contains("PRIVATE_NAME #x", "PUNCTUATOR ?.", "PUNCTUATOR ??");
    }

    @Test
    void conditionalWithDecimalIsNotOptionalChaining() {
        assertThat(lex("a?.5:1")).contains("PUNCTUATOR ?", "NUMBER .5");
    }

    @Test
    void commentsAreTokensNotSkipped() {
        assertThat(lex("a // one\n/* two */ b"))
                .containsExactly("IDENTIFIER a", "LINE_COMMENT // one", "BLOCK_COMMENT /* two */", "IDENTIFIER b");
    }

    @Test
    void unterminatedLiteralsAreProblemsNotExceptions() {
        assertThat(JsLexer.lex("'abc\nx").problems())
                .extracting(LexProblem::kind)
                .containsExactly(LexProblem.Kind.UNTERMINATED_STRING);
        assertThat(JsLexer.lex("x = /abc\n").problems())
                .extracting(LexProblem::kind)
                .containsExactly(LexProblem.Kind.UNTERMINATED_REGEX);
        assertThat(JsLexer.lex("`a${b").problems())
                .extracting(LexProblem::kind)
                .containsExactly(LexProblem.Kind.UNTERMINATED_TEMPLATE);
    }

    @Test
    void loneSurrogateAndBackslashDoNotHang() {
        assertThat(JsLexer.lex("a \uD800 \\ b").problems())
                .extracting(LexProblem::kind)
                .containsExactly(LexProblem.Kind.INVALID_CHARACTER, LexProblem.Kind.INVALID_CHARACTER);
    }
}
