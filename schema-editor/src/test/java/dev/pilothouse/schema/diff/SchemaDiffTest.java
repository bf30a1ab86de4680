package dev.pilothouse.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaDiffTest {

    private static SchemaModel model(String text) {
        return ModelBuilder.build(SchemaSyntax.parse(text).document());
    }

    private static List<SchemaChange> diff(String before, String after) {
        return SchemaDiff.diff(model(before), model(after));
    }

    /** A table Product with the given extra header text and body. */
    private static String product(String header, String body) {
        return "type Product @table" + header + " {\n  id: ID @primaryKey\n" + body + "\n}\n";
    }

    private static List<String> codes(List<SchemaChange> changes) {
        return changes.stream().map(SchemaChange::code).toList();
    }

    @Test
    void reportsNothingForIdenticalSchemas() {
        String s = product("(expiration: 60) @export @sealed", "  name: String! @indexed");

        assertThat(diff(s, s)).isEmpty();
    }

    @Test
    void ignoresLayoutAndComments() {
        assertThat(diff(product("", "  name: String"), "# c\ntype Product @table{id:ID @primaryKey,name:String}"))
                .isEmpty();
    }

    @Test
    void classifiesAnAddedTableAsSafeAndARemovedOneAsBreaking() {
        List<SchemaChange> changes = diff(product("", ""), "type Order @table { id: ID @primaryKey x: Int }");

        assertThat(changes)
                .extracting(SchemaChange::table, SchemaChange::code, SchemaChange::classification)
                .containsExactly(
                        tuple("Order", "D100", Classification.SAFE), tuple("Product", "D101", Classification.BREAKING));
    }

    @Test
    void notesThatATableWithTheSameAttributesUnderANewNameIsANewEmptyTable() {
        List<SchemaChange> changes =
                diff(product("", "  name: String"), "type Item @table {\n  id: ID @primaryKey\n  name: String\n}");

        assertThat(changes).extracting(SchemaChange::code).containsExactly("D100", "D102", "D101");
        SchemaChange rename = changes.get(1);
        assertThat(rename.change()).isEqualTo(ChangeKind.TABLE_RENAMED);
        assertThat(rename.classification()).isEqualTo(Classification.REVIEW);
        assertThat(rename.message()).contains("Product").contains("cannot rename");
    }

    @Test
    void flagsDatabaseAndTableNameChangesAsBreaking() {
        List<SchemaChange> changes = diff(product("", ""), product("(database: \"shop\", table: \"items\")", ""));

        assertThat(codes(changes)).containsExactly("D103", "D104");
        assertThat(changes).allMatch(c -> c.classification() == Classification.BREAKING);
        assertThat(changes.get(0).message()).contains("shop.items");
    }

    @Test
    void classifiesAddedAttributesByNullability() {
        List<SchemaChange> changes =
                diff(product("", ""), product("", "  note: String\n  sku: String!\n  created: Date! @createdTime"));

        assertThat(changes)
                .extracting(SchemaChange::attribute, SchemaChange::code, SchemaChange::classification)
                .containsExactly(
                        tuple("created", "D200", Classification.SAFE),
                        tuple("note", "D200", Classification.SAFE),
                        tuple("sku", "D201", Classification.BREAKING));
    }

    @Test
    void classifiesRemovedStoredAndDerivedAttributesAsBreaking() {
        List<SchemaChange> changes =
                diff(product("", "  name: String\n  full: String @computed(from: \"name\")"), product("", ""));

        assertThat(changes)
                .extracting(SchemaChange::attribute, SchemaChange::code)
                .containsExactly(tuple("full", "D203"), tuple("name", "D202"));
        assertThat(changes).allMatch(c -> c.classification() == Classification.BREAKING);
    }

    @ParameterizedTest
    @CsvSource({
        "Int, Long, D210, SAFE",
        "Int, Float, D210, SAFE",
        "Long, Float, D210, SAFE",
        "String, Any, D210, SAFE",
        "String, ID, D210, SAFE",
        "ID, String, D211, REVIEW",
        "Int, BigInt, D211, REVIEW",
        "Long, Int, D212, BREAKING",
        "String, Int, D212, BREAKING",
        "Float, Int, D212, BREAKING",
        "Any, String, D212, BREAKING",
        "[String], String, D213, BREAKING",
        "String, [String], D213, BREAKING",
    })
    void classifiesTypeChangesByWhetherStoredValuesStayValid(
            String from, String to, String code, Classification classification) {
        List<SchemaChange> changes = diff(product("", "  v: " + from), product("", "  v: " + to));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(code);
            assertThat(c.classification()).isEqualTo(classification);
            assertThat(c.change()).isEqualTo(ChangeKind.ATTRIBUTE_TYPE_CHANGED);
            assertThat(c.attribute()).isEqualTo("v");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "String, String!, D220, BREAKING",
        "String!, String, D221, SAFE",
        "[String], [String!], D220, BREAKING",
        "[String!], [String], D221, SAFE",
    })
    void classifiesNullabilityChanges(String from, String to, String code, Classification classification) {
        assertThat(diff(product("", "  v: " + from), product("", "  v: " + to)))
                .extracting(SchemaChange::code, SchemaChange::classification, SchemaChange::change)
                .containsExactly(tuple(code, classification, ChangeKind.NULLABILITY_CHANGED));
    }

    @Test
    void flagsAPrimaryKeyMoveAsBreaking() {
        List<SchemaChange> changes = diff(
                "type T @table { id: ID @primaryKey sku: String }", "type T @table { id: ID sku: String @primaryKey }");

        assertThat(changes)
                .extracting(SchemaChange::code, SchemaChange::attribute, SchemaChange::classification)
                .containsExactly(tuple("D230", "sku", Classification.BREAKING));
    }

    @Test
    void classifiesIndexChanges() {
        String before = product("", "  a: String\n  b: String @indexed\n  v: [Float] @indexed(type: \"HNSW\")");
        String after = product("", "  a: String @indexed\n  b: String\n  v: [Float] @indexed(type: \"HNSW\", M: 32)");

        assertThat(diff(before, after))
                .extracting(SchemaChange::attribute, SchemaChange::code, SchemaChange::classification)
                .containsExactly(
                        tuple("a", "D300", Classification.SAFE),
                        tuple("b", "D301", Classification.REVIEW),
                        tuple("v", "D302", Classification.REVIEW));
        assertThat(diff(before, after).get(1).message()).contains("not indexed");
    }

    @Test
    void classifiesRelationshipChanges() {
        String before = "type Brand @table { id: ID @primaryKey }\n"
                + product(
                        "",
                        "  brandId: ID\n  brand: Brand @relationship(from: \"brandId\")\n  maker: Brand @relationship(from: \"brandId\")");
        String after = "type Brand @table { id: ID @primaryKey }\n"
                + product(
                        "",
                        "  brandId: ID\n  maker: Brand @relationship(from: \"id\")\n  owner: Brand @relationship(from: \"brandId\")");

        assertThat(diff(before, after))
                .extracting(SchemaChange::attribute, SchemaChange::code)
                .containsExactly(tuple("brand", "D203"), tuple("maker", "D402"), tuple("owner", "D400"));
    }

    @Test
    void reportsARelationshipDroppedFromAnExistingAttributeAsBreaking() {
        assertThat(diff(product("", "  b: [Brand] @relationship(to: \"pid\")"), product("", "  b: [Brand]")))
                .extracting(SchemaChange::code, SchemaChange::classification)
                .containsExactly(tuple("D401", Classification.BREAKING));
    }

    @Test
    void classifiesExportChanges() {
        assertThat(codes(diff(product("", ""), product(" @export", "")))).containsExactly("D500");
        assertThat(codes(diff(product(" @export", ""), product("", "")))).containsExactly("D501");
        assertThat(codes(diff(product(" @export", ""), product(" @export(name: \"items\")", ""))))
                .containsExactly("D502");
        assertThat(codes(diff(product(" @export(name: \"Product\")", ""), product(" @export", ""))))
                .isEmpty();
        assertThat(diff(product(" @export", ""), product(" @export(rest: false, mqtt: false)", "")))
                .extracting(SchemaChange::code, SchemaChange::classification)
                .containsExactly(tuple("D503", Classification.BREAKING), tuple("D505", Classification.BREAKING));
        assertThat(codes(diff(product(" @export(rest: false, mqtt: false)", ""), product(" @export", ""))))
                .containsExactly("D504", "D506");
    }

    @Test
    void classifiesExpirationAndEvictionChanges() {
        assertThat(diff(product("", ""), product("(expiration: 3600, eviction: 60)", "")))
                .extracting(SchemaChange::code, SchemaChange::classification)
                .containsExactly(tuple("D600", Classification.REVIEW), tuple("D602", Classification.REVIEW));
        assertThat(codes(diff(
                        product("(expiration: 3600, eviction: 60, scanInterval: 10)", ""),
                        product("(scanInterval: 20)", ""))))
                .containsExactly("D601", "D603", "D604");
        assertThat(diff(product("(expiration: 60)", ""), product("(expiration: 30)", ""))
                        .get(0)
                        .message())
                .contains("60s")
                .contains("30s")
                .contains("disappear");
    }

    @Test
    void classifiesAuditReplicateAndSealedToggles() {
        assertThat(diff(product("", ""), product("(audit: true, replicate: false) @sealed", "")))
                .extracting(SchemaChange::code, SchemaChange::classification)
                .containsExactly(
                        tuple("D610", Classification.REVIEW),
                        tuple("D611", Classification.REVIEW),
                        tuple("D620", Classification.REVIEW));
        assertThat(diff(product(" @sealed", ""), product("", "")))
                .extracting(SchemaChange::code, SchemaChange::classification)
                .containsExactly(tuple("D621", Classification.SAFE));
    }

    @Test
    void warnsThatHarperIgnoresSettingChangesOnATableWithoutAPrimaryKey() {
        List<SchemaChange> changes = diff("type T @table { a: Int }", "type T @table @sealed { a: Int }");

        assertThat(changes)
                .singleElement()
                .extracting(SchemaChange::message)
                .asString()
                .contains("without @primaryKey");
    }

    @Test
    void reportsTimestampComputedExpiresAtAndRoleChanges() {
        String before = product(
                "",
                "  at: Date @createdTime\n  total: Float\n  label: String @computed(from: \"a\")"
                        + "\n  full: String @computed(from: \"a\")\n  until: Date\n  secret: String @allow(role: \"admin\")");
        String after = product(
                "",
                "  at: Date @updatedTime\n  total: Float @computed(from: \"a + b\")"
                        + "\n  label: String\n  full: String @computed(from: \"a\", version: 2)\n  until: Date @expiresAt"
                        + "\n  secret: String @allow(role: \"ops\")");

        assertThat(diff(before, after))
                .extracting(SchemaChange::attribute, SchemaChange::code, SchemaChange::classification)
                .containsExactly(
                        tuple("at", "D240", Classification.REVIEW),
                        tuple("full", "D243", Classification.REVIEW),
                        tuple("label", "D242", Classification.REVIEW),
                        tuple("secret", "D245", Classification.REVIEW),
                        tuple("total", "D241", Classification.BREAKING),
                        tuple("until", "D244", Classification.REVIEW));
    }

    @Test
    void ordersChangesByTableThenAttributeThenCode() {
        String before = "type B @table { id: ID @primaryKey z: Int y: Int }\ntype A @table { id: ID @primaryKey }";
        String after = "type A @table @sealed { id: ID @primaryKey n: Int }\ntype B @table { id: ID @primaryKey "
                + "z: Long! y: String }";

        assertThat(diff(before, after))
                .extracting(SchemaChange::table, SchemaChange::attribute, SchemaChange::code)
                .containsExactly(
                        tuple("A", null, "D620"),
                        tuple("A", "n", "D200"),
                        tuple("B", "y", "D212"),
                        tuple("B", "z", "D210"),
                        tuple("B", "z", "D220"));
    }

    @Test
    void everyCodeKeepsItsKindAndClassificationInTheChange() {
        List<SchemaChange> changes = diff(product("", "  a: Int"), product("", "  a: Long"));

        DiffCode code = DiffCode.valueOf(changes.get(0).code());
        assertThat(changes.get(0).change()).isEqualTo(code.kind());
        assertThat(changes.get(0).classification()).isEqualTo(code.classification());
    }

    @Test
    void everyCodeIsDocumentedInTheSchemaDiffTable() throws IOException {
        Path doc = Path.of("..", "docs", "schema-diff.md");
        String text = Files.readString(doc);

        assertThat(Arrays.stream(DiffCode.values()))
                .allSatisfy(code -> assertThat(text)
                        .contains("| " + code.name() + " | " + code.kind().label() + " | "
                                + code.classification().label() + " |"));
    }
}
