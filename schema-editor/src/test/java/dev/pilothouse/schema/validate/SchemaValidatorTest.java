package dev.pilothouse.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static List<Diagnostic> check(String text) {
        return SchemaAnalyzer.analyze(new DocumentSnapshot("schema.graphql", 1, text))
                .diagnostics();
    }

    private static Diagnostic only(String text, String code) {
        List<Diagnostic> found =
                check(text).stream().filter(d -> d.code().equals(code)).toList();
        assertThat(found).as("diagnostics %s in %s", code, check(text)).hasSize(1);
        return found.get(0);
    }

    @Test
    void misspelledDirectiveQuickFixRestoresTheIndex() {
        String text = "type P @table { id: ID @primaryKey name: String @indexd }";
        Diagnostic d = only(text, "PH201");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        String fixed = TextEdit.apply(text, d.fixes().get(0).edits());
        assertThat(fixed).contains("@indexed");
        assertThat(check(fixed)).isEmpty();
    }

    @Test
    void unknownTypeQuickFixSuggestsTheClosestType() {
        String text = "type P @table { id: ID @primaryKey site: Sitee }\ntype Site { x: Int }";
        Diagnostic d = only(text, "PH200");
        assertThat(d.message()).contains("'Site'");
        assertThat(check(TextEdit.apply(text, d.fixes().get(0).edits()))).isEmpty();
    }

    @Test
    void unquotedRelationshipKeyIsAcceptedAsHarperDoes() {
        assertThat(check("""
                type Site @table { id: ID @primaryKey devices: [Device] @relationship(to: siteId) }
                type Device @table { id: ID @primaryKey siteId: ID @indexed site: Site @relationship(from: siteId) }
                """)).isEmpty();
    }

    @Test
    void keyToKeyRelationshipNeedsNoCardinalityMatch() {
        assertThat(check("""
                type Book @table { id: ID @primaryKey isbn: String editions: [Edition] @relationship(from: "isbn", to: "isbn") }
                type Edition @table { id: ID @primaryKey isbn: String }
                """)).isEmpty();
    }

    @Test
    void timestampOnStringIsOnlyAWarning() {
        assertThat(only("type P @table { id: ID @primaryKey at: String @createdTime }", "PH218")
                        .severity())
                .isEqualTo(Severity.WARNING);
        assertThat(only("type P @table { id: ID @primaryKey at: Int @createdTime }", "PH218")
                        .severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void timestampOnLongWarnsAboutLaterUpdates() {
        Diagnostic d = only("type P @table { id: ID @primaryKey at: Long @updatedTime }", "PH219");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("update");
    }

    @Test
    void quotedBooleanIsAWrongArgumentType() {
        assertThat(only("type P @table(replicate: \"false\") { id: ID @primaryKey }", "PH204")
                        .message())
                .contains("Boolean");
    }

    @Test
    void exportSwitchesBeyondRestAndMqttAreKnown() {
        assertThat(check("type P @table @export(sse: false, ws: true, graphql: false) { id: ID @primaryKey }"))
                .isEmpty();
    }

    @Test
    void repeatedAllowKeepsOnlyTheLastSoItWarns() {
        assertThat(only(
                                "type P @table { id: ID @primaryKey n: String @allow(role: \"a\") @allow(role: \"b\") }",
                                "PH222")
                        .severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void extendingATableWarnsThatHarperIgnoresIt() {
        assertThat(only("type P @table { id: ID @primaryKey }\nextend type P { extra: String }", "PH225")
                        .range()
                        .startLine())
                .isEqualTo(2);
        assertThat(check("type Query { a: Int }\nextend type Query { b: Int }")).isEmpty();
    }

    @Test
    void builtInScalarRedeclarationIsNotADuplicate() {
        assertThat(check("scalar Long\ntype P @table { id: Long @primaryKey }")).isEmpty();
    }

    @Test
    void negativeExpirationIsAnErrorButNegativeEvictionOnlyWarns() {
        List<Diagnostic> found = check("type P @table(expiration: -1, eviction: -5) { id: ID @primaryKey }");
        assertThat(found)
                .extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PH223", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("PH223", Severity.WARNING));
    }

    @Test
    void systemTimestampAttributeNameIsAnError() {
        assertThat(only("type P @table { id: ID @primaryKey __updatedtime__: Float }", "PH221")
                        .severity())
                .isEqualTo(Severity.ERROR);
    }
}
