package dev.pilothouse.schema.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style round trips over every valid corpus schema, in LF and CRLF: for every table and attribute, each
 * operation re-parses to the expected model, leaves the other tables as they were, touches only the text it must,
 * and (where it has an inverse) undoes back to the original bytes.
 */
class SchemaEditCorpusTest {

    static Stream<Object[]> schemas() throws IOException {
        List<Object[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/valid"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                out.add(new Object[] {f.getFileName().toString(), text});
                out.add(new Object[] {
                    f.getFileName() + " (CRLF)", text.replace("\r\n", "\n").replace("\n", "\r\n")
                });
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void addAttributeThenRemoveIsTheIdentity(String name, String text) {
        for (Table t : model(text).tables()) {
            SchemaEditResult added =
                    SchemaEditor.apply(text, new SchemaEdit.AddAttribute(t.typeName(), "zzExtra", "[String]!"));
            assertThat(added.edits()).hasSize(1);
            assertThat(added.edits().get(0).start())
                    .isEqualTo(added.edits().get(0).end()); // a pure insertion
            Table after = model(added.text()).table(t.typeName()).orElseThrow();
            assertThat(after.attribute("zzExtra").orElseThrow().type().display())
                    .isEqualTo("[String]!");
            assertOthersUnchanged(text, added.text(), t.typeName());
            assertLineEndings(text, added.text());
            String back = SchemaEditor.apply(added.text(), new SchemaEdit.RemoveAttribute(t.typeName(), "zzExtra"))
                    .text();
            assertThat(back).as(t.typeName()).isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void renameTableTouchesOnlyNamesAndKeepsRelationships(String name, String text) {
        SchemaModel before = model(text);
        for (Table t : before.tables()) {
            String renamed = t.typeName() + "Renamed";
            SchemaEditResult r = SchemaEditor.apply(text, new SchemaEdit.RenameTable(t.typeName(), renamed));
            r.edits()
                    .forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(t.typeName()));
            Map<String, String> expected = signatures(before);
            expected.remove(t.typeName());
            expected.replaceAll((k, v) -> v.replace(":" + t.typeName() + ">", ":" + renamed + ">")
                    .replace("[" + t.typeName() + "]", "[" + renamed + "]")
                    .replace(" " + t.typeName() + "!", " " + renamed + "!")
                    .replace(" " + t.typeName() + ",", " " + renamed + ","));
            Map<String, String> actual = signatures(model(r.text()));
            assertThat(actual).containsKey(renamed);
            actual.remove(renamed);
            assertThat(actual).as(t.typeName()).isEqualTo(expected);
            assertThat(SchemaEditor.apply(r.text(), new SchemaEdit.RenameTable(renamed, t.typeName()))
                            .text())
                    .isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void renameEveryAttributeAndBack(String name, String text) {
        SchemaModel original = model(text);
        for (Table t : original.tables()) {
            for (Attribute a : t.attributes()) {
                SchemaEditResult r = SchemaEditor.apply(
                        text, new SchemaEdit.RenameAttribute(t.typeName(), a.name(), a.name() + "X"));
                r.edits()
                        .forEach(e ->
                                assertThat(text.substring(e.start(), e.end())).isIn(a.name(), "\"" + a.name() + "\""));
                SchemaModel renamed = model(r.text());
                Table after = renamed.table(t.typeName()).orElseThrow();
                assertThat(after.attribute(a.name() + "X")).isPresent();
                assertThat(after.attribute(a.name())).isEmpty();
                original.tables()
                        .forEach(other -> other.attributes().stream()
                                .filter(x -> x.relationship() != null)
                                .forEach(x -> assertThat(relationshipKeysResolve(renamed, other, x))
                                        .as(other.typeName() + "." + x.name())
                                        .isEqualTo(relationshipKeysResolve(original, other, x))));
                assertThat(SchemaEditor.apply(
                                        r.text(),
                                        new SchemaEdit.RenameAttribute(t.typeName(), a.name() + "X", a.name()))
                                .text())
                        .isEqualTo(text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void indexAndExportToggleBackToTheOriginalBytes(String name, String text) {
        for (Table t : model(text).tables()) {
            if (t.export() == null) {
                String on = SchemaEditor.apply(
                                text,
                                new SchemaEdit.SetExport(
                                        t.typeName(), t.typeName().toLowerCase()))
                        .text();
                assertThat(model(on).table(t.typeName()).orElseThrow().export().name())
                        .isEqualTo(t.typeName().toLowerCase());
                assertOthersUnchanged(text, on, t.typeName());
                assertThat(SchemaEditor.apply(on, new SchemaEdit.RemoveExport(t.typeName()))
                                .text())
                        .isEqualTo(text);
            }
            for (Attribute a : t.attributes()) {
                if (!a.indexed() && !a.list() && HarperTypes.indexable(a.typeName()) && a.stored()) {
                    String on = SchemaEditor.apply(text, new SchemaEdit.SetIndexed(t.typeName(), a.name(), true))
                            .text();
                    assertThat(model(on)
                                    .table(t.typeName())
                                    .orElseThrow()
                                    .attribute(a.name())
                                    .orElseThrow()
                                    .indexed())
                            .isTrue();
                    assertThat(SchemaEditor.apply(on, new SchemaEdit.SetIndexed(t.typeName(), a.name(), false))
                                    .text())
                            .isEqualTo(text);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void removeTablesAndUnusedAttributes(String name, String text) {
        SchemaModel before = model(text);
        for (Table t : before.tables()) {
            try {
                SchemaEditResult r = SchemaEditor.apply(text, new SchemaEdit.RemoveTable(t.typeName(), true));
                SchemaModel after = model(r.text());
                assertThat(after.table(t.typeName())).isEmpty();
                assertThat(after.tables()).hasSize(before.tables().size() - 1);
            } catch (SchemaEditException referenceIsTheOnlyField) {
                assertThat(referenceIsTheOnlyField.getMessage()).contains("is the only attribute of");
            }
            for (Attribute a : t.attributes()) {
                try {
                    SchemaEditResult ra =
                            SchemaEditor.apply(text, new SchemaEdit.RemoveAttribute(t.typeName(), a.name()));
                    assertThat(ra.edits()).hasSize(1);
                    TextEdit e = ra.edits().get(0);
                    assertThat(text.substring(e.start(), e.end()))
                            .contains(
                                    text.substring(a.range().start(), a.range().end()));
                    assertThat(model(ra.text())
                                    .table(t.typeName())
                                    .orElseThrow()
                                    .attribute(a.name()))
                            .isEmpty();
                    assertOthersUnchanged(text, ra.text(), t.typeName());
                } catch (SchemaEditException refused) {
                    assertThat(refused.getMessage())
                            .startsWith("Cannot remove " + t.typeName() + "." + a.name() + ": ")
                            .containsAnyOf("the @relationship(", "is the only attribute of");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void addTableKeepsEveryByteBeforeIt(String name, String text) {
        SchemaEditResult r = SchemaEditor.apply(text, new SchemaEdit.AddTable("ZzNew", "key", "Long", "extra", true));
        assertThat(r.text()).startsWith(text);
        Table added = model(r.text()).table("ZzNew").orElseThrow();
        assertThat(added.primaryKey().orElseThrow().name()).isEqualTo("key");
        assertThat(added.database()).isEqualTo("extra");
        assertThat(added.export()).isNotNull();
        assertLineEndings(text, r.text());
    }

    private static SchemaModel model(String text) {
        var parsed = SchemaSyntax.parse(text);
        assertThat(parsed.hasSyntaxErrors()).as("re-parses").isFalse();
        return ModelBuilder.build(parsed.document());
    }

    /** What a table means to Harper, without source positions. */
    static Map<String, String> signatures(SchemaModel model) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            StringBuilder b =
                    new StringBuilder(t.qualifiedName() + " " + t.options() + " " + t.export() + " " + t.sealed());
            for (Attribute a : t.attributes()) {
                b.append("\n ")
                        .append(a.name())
                        .append(' ')
                        .append(a.type().display())
                        .append(',')
                        .append(a.primaryKey())
                        .append(a.index())
                        .append(a.timestamp())
                        .append(a.computed())
                        .append(a.allowedRoles())
                        .append(
                                a.relationship() == null
                                        ? ""
                                        : "<" + a.relationship().from() + ","
                                                + a.relationship().to() + ":"
                                                + a.relationship().targetType() + ">");
            }
            out.put(t.typeName(), b.toString());
        }
        return out;
    }

    private static void assertOthersUnchanged(String before, String after, String changed) {
        Map<String, String> a = signatures(model(before));
        Map<String, String> b = signatures(model(after));
        a.remove(changed);
        b.remove(changed);
        assertThat(b).isEqualTo(a);
    }

    private static void assertLineEndings(String before, String after) {
        if (before.contains("\r\n")) {
            assertThat(after.replace("\r\n", "")).doesNotContain("\n");
        }
    }

    /** Whether a relationship's from/to still name existing attributes. */
    private static String relationshipKeysResolve(SchemaModel model, Table owner, Attribute rel) {
        Table self = model.tables().stream()
                .filter(t -> t.typeName().equals(owner.typeName()))
                .findFirst()
                .orElseThrow();
        Attribute current = self.attributes().get(owner.attributes().indexOf(rel));
        Table target = model.table(current.relationship().targetType()).orElse(null);
        boolean from = current.relationship().from() == null
                || self.attribute(current.relationship().from()).isPresent();
        boolean to = current.relationship().to() == null
                || target == null
                || target.attribute(current.relationship().to()).isPresent();
        return from + "/" + to;
    }
}
