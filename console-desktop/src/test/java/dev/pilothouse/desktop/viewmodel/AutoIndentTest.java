package dev.pilothouse.desktop.viewmodel;

import static dev.pilothouse.desktop.viewmodel.AutoIndent.lineBreak;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.FileKind;
import org.junit.jupiter.api.Test;

class AutoIndentTest {

    @Test
    void keepsTheCurrentLinesLeadingWhitespace() {
        String text = "type A @table {\n  id: ID @primaryKey";
        assertThat(lineBreak(text, text.length(), FileKind.SCHEMA)).isEqualTo("\n  ");
        assertThat(lineBreak("\tconst a = 1;", 13, FileKind.RESOURCES)).isEqualTo("\n\t");
        assertThat(lineBreak("rest: true", 10, FileKind.CONFIG)).isEqualTo("\n");
    }

    @Test
    void indentsOneLevelAfterAnOpeningBraceInSchemaAndJs() {
        assertThat(lineBreak("type A @table {", 15, FileKind.SCHEMA)).isEqualTo("\n  ");
        String js = "export class Hello extends Resource {\n  get() {  ";
        assertThat(lineBreak(js, js.length(), FileKind.RESOURCES)).isEqualTo("\n    ");
        assertThat(lineBreak("\tif (a) {", 9, FileKind.RESOURCES)).isEqualTo("\n\t\t");
        assertThat(lineBreak("key:", 4, FileKind.SCHEMA))
                .as("':' opens nothing in GraphQL")
                .isEqualTo("\n");
    }

    @Test
    void indentsOneLevelAfterAColonInYaml() {
        String yaml = "graphqlSchema:\n  files: 'schema.graphql'\njsResource:";
        assertThat(lineBreak(yaml, yaml.length(), FileKind.CONFIG)).isEqualTo("\n  ");
        assertThat(lineBreak(yaml, yaml.indexOf("graphqlSchema:") + 14, FileKind.CONFIG))
                .isEqualTo("\n  ");
        assertThat(lineBreak("# note:", 7, FileKind.CONFIG)).as("a comment").isEqualTo("\n");
        assertThat(lineBreak("a {", 3, FileKind.CONFIG)).isEqualTo("\n");
    }

    @Test
    void looksOnlyAtTheTextBeforeTheCaret() {
        String text = "  id: ID {";
        assertThat(lineBreak(text, 4, FileKind.SCHEMA))
                .as("mid-line, before the brace")
                .isEqualTo("\n  ");
        assertThat(lineBreak(text, 1, FileKind.SCHEMA))
                .as("inside the indentation")
                .isEqualTo("\n ");
        assertThat(lineBreak("", 0, FileKind.SCHEMA)).isEqualTo("\n");
    }
}
