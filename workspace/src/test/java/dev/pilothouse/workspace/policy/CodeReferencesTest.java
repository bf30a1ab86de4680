package dev.pilothouse.workspace.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.policy.CodeReferences.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table references read from resources.js tokens: code counts, comments and prose in strings do not. */
class CodeReferencesTest {

    private static List<String> named(String code) {
        return CodeReferences.of(code).stream()
                .filter(r -> !r.dynamic())
                .map(r -> (r.database() == null ? "?" : r.database()) + "." + r.table() + "@" + r.line())
                .toList();
    }

    private static List<Reference> dynamic(String code) {
        return CodeReferences.of(code).stream().filter(Reference::dynamic).toList();
    }

    @Test
    void memberChainsOfBothGlobalsNameTheirTableAndLine() {
        String code = "export class A extends tables.Payment {}\n"
                + "const x = await tables?.Ledger.get(1);\n"
                + "databases.billing.Invoice.put({ id: 1 });\n";
        assertThat(named(code)).containsExactly("data.Payment@1", "data.Ledger@2", "billing.Invoice@3");
    }

    @Test
    void bracketedLiteralsAreReferencesToo() {
        String code = "tables['Payment'].put({});\ndatabases[\"billing\"][`Invoice`].get(1);\n";
        assertThat(named(code)).contains("data.Payment@1", "billing.Invoice@2");
    }

    @Test
    void commentsAndProseInStringsNameNoTable() {
        String code = "// tables.Payment is not touched here\n/* databases.data.Payment */\n"
                + "const help = 'see tables.Payment in the docs';\n";
        assertThat(named(code)).isEmpty();
        assertThat(dynamic(code)).isEmpty();
    }

    @Test
    void aStringThatIsATableNameCountsWhereverItIs() {
        assertThat(named("const name = 'Payment';\n")).containsExactly("?.Payment@1");
    }

    @Test
    void destructuringNamesEveryKey() {
        String code = "const { Payment, Item: I } = tables;\nconst { Invoice } = databases.billing;\n";
        assertThat(named(code)).contains("data.Payment@1", "data.Item@1", "billing.Invoice@2");
    }

    @Test
    void anImportedAliasIsFollowed() {
        String code = "import { tables as t, Resource } from 'harperdb';\nt.Payment.get(1);\n";
        assertThat(named(code)).filteredOn(r -> !r.startsWith("?.")).containsExactly("data.Payment@2");
        assertThat(dynamic(code)).isEmpty();
    }

    @Test
    void whatTheTokensCannotFollowIsDynamic() {
        assertThat(dynamic("const name = pick();\ntables[name].get(1);\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(2));
        assertThat(dynamic("const all = tables;\n")).hasSize(1);
        assertThat(dynamic("globalThis['tab' + 'les'].Payment;\n")).isNotEmpty();
        assertThat(dynamic("eval('tables.Payment');\n")).isNotEmpty();
        assertThat(dynamic("const m = await import('./x.js');\n")).isNotEmpty();
        assertThat(dynamic("import * as h from 'harperdb';\n")).isNotEmpty();
    }

    @Test
    void aSideEffectImportWithoutSemicolonsHidesNothing() {
        assertThat(named("import './setup.js'\ntables.Payment.put({})\n")).containsExactly("data.Payment@2");
        assertThat(dynamic("import harper from 'harperdb'\n")).hasSize(1);
    }

    @Test
    void propertiesAndKeysCalledTablesAreNotTheGlobal() {
        assertThat(CodeReferences.of("this.tables.Payment;\nconst o = { tables: 1 };\n"))
                .isEmpty();
    }
}
