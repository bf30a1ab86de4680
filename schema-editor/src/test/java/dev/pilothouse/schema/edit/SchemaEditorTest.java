package dev.pilothouse.schema.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.schema.edit.SchemaEdit.AddAttribute;
import dev.pilothouse.schema.edit.SchemaEdit.AddRelationship;
import dev.pilothouse.schema.edit.SchemaEdit.AddTable;
import dev.pilothouse.schema.edit.SchemaEdit.ChangeType;
import dev.pilothouse.schema.edit.SchemaEdit.RemoveAttribute;
import dev.pilothouse.schema.edit.SchemaEdit.RemoveExport;
import dev.pilothouse.schema.edit.SchemaEdit.RemoveRelationship;
import dev.pilothouse.schema.edit.SchemaEdit.RemoveTable;
import dev.pilothouse.schema.edit.SchemaEdit.RenameAttribute;
import dev.pilothouse.schema.edit.SchemaEdit.RenameTable;
import dev.pilothouse.schema.edit.SchemaEdit.SetExport;
import dev.pilothouse.schema.edit.SchemaEdit.SetIndexed;
import dev.pilothouse.schema.edit.SchemaEdit.SetPrimaryKey;
import org.junit.jupiter.api.Test;

class SchemaEditorTest {

    static final String SHOP = """
            # The shop.
            type Customer @table @export {
              id: ID @primaryKey
              name: String @indexed # shown on invoices
              orders: [Order] @relationship(to: "customerId")
            }

            # One purchase.
            type Order @table(database: "shop") {
              id: ID @primaryKey
              customerId: ID @indexed
              customer: Customer @relationship(from: customerId)
              total: Float
            }
            """;

    private static String apply(String text, SchemaEdit edit) {
        return SchemaEditor.apply(text, edit).text();
    }

    @Test
    void addTableAppendsABlockAfterABlankLine() {
        String out = apply(SHOP, new AddTable("Invoice", "number", "Int", "billing", true));
        assertThat(out)
                .isEqualTo(SHOP
                        + "\ntype Invoice @table(database: \"billing\") @export {\n  number: Int @primaryKey\n}\n");
    }

    @Test
    void addTableToAFileWithoutFinalNewline() {
        String out = apply("type A @table { id: ID @primaryKey }", new AddTable("B"));
        assertThat(out).isEqualTo("type A @table { id: ID @primaryKey }\n\ntype B @table {\n  id: ID @primaryKey\n}\n");
    }

    @Test
    void addTableRefusesATakenName() {
        assertThatThrownBy(() -> apply(SHOP, new AddTable("Order")))
                .isInstanceOf(SchemaEditException.class)
                .hasMessage("A type named 'Order' already exists (line 9)");
    }

    @Test
    void renameTableUpdatesRelationshipTypes() {
        String out = apply(SHOP, new RenameTable("Customer", "Client"));
        assertThat(out)
                .isEqualTo(
                        SHOP.replace("type Customer", "type Client").replace("customer: Customer", "customer: Client"));
    }

    @Test
    void renameTableToAnExistingNameIsRefused() {
        assertThatThrownBy(() -> apply(SHOP, new RenameTable("Customer", "Order")))
                .hasMessageContaining("'Order' already exists");
    }

    @Test
    void unknownTableIsNamedWithASuggestion() {
        assertThatThrownBy(() -> apply(SHOP, new AddAttribute("Oder", "x", "Int")))
                .isInstanceOf(SchemaEditException.class)
                .hasMessage("No table 'Oder' in schema.graphql; did you mean 'Order'?");
    }

    @Test
    void removeTableReferencedElsewhereIsRefusedNamingTheReference() {
        assertThatThrownBy(() -> apply(SHOP, new RemoveTable("Order", false)))
                .hasMessage("Cannot remove table Order: Customer.orders refers to it; remove that attribute first");
    }

    @Test
    void removeTableWithReferencesDropsItsCommentAndTheReferences() {
        String out = apply(SHOP, new RemoveTable("Order", true));
        assertThat(out).isEqualTo("""
                # The shop.
                type Customer @table @export {
                  id: ID @primaryKey
                  name: String @indexed # shown on invoices
                }
                """);
    }

    @Test
    void addAttributeGoesAfterTheLastFieldWithItsIndentation() {
        String out = apply(SHOP.replace("  ", "\t"), new AddAttribute("Order", "placedAt", "Date!"));
        assertThat(out).contains("\ttotal: Float\n\tplacedAt: Date!\n}");
    }

    @Test
    void addAttributeToAOneLineBody() {
        assertThat(apply("type A @table { id: ID @primaryKey }", new AddAttribute("A", "n", "Int")))
                .isEqualTo("type A @table { id: ID @primaryKey n: Int }");
        assertThat(apply("type A @table {\n  id: ID @primaryKey }\n", new AddAttribute("A", "n", "[ String ]")))
                .isEqualTo("type A @table {\n  id: ID @primaryKey n: [String] }\n");
    }

    @Test
    void addAttributeRefusesUnknownTypesAndTakenNames() {
        assertThatThrownBy(() -> apply(SHOP, new AddAttribute("Order", "amount", "Money")))
                .hasMessageStartingWith("Unknown type 'Money' for Order.amount");
        assertThatThrownBy(() -> apply(SHOP, new AddAttribute("Order", "total", "Int")))
                .hasMessage("Table Order already has an attribute 'total' (line 13)");
        assertThatThrownBy(() -> apply(SHOP, new AddAttribute("Order", "x", "Int\n}\ntype Evil {")))
                .hasMessageStartingWith("'Int\n}\ntype Evil {' is not a type for Order.x");
    }

    @Test
    void renameAttributeUpdatesFromAndToInBothQuotingStyles() {
        String out = apply(SHOP, new RenameAttribute("Order", "customerId", "clientId"));
        assertThat(out)
                .contains("  clientId: ID @indexed\n")
                .contains("@relationship(from: clientId)")
                .contains("@relationship(to: \"clientId\")")
                .doesNotContain("customerId");
    }

    @Test
    void removeAttributeUsedByARelationshipIsRefused() {
        assertThatThrownBy(() -> apply(SHOP, new RemoveAttribute("Order", "customerId")))
                .hasMessage("Cannot remove Order.customerId: the @relationship(to: \"customerId\") of "
                        + "Customer.orders uses it; remove that relationship first");
    }

    @Test
    void removeAttributeTakesItsTrailingComment() {
        String out = apply(SHOP, new RemoveAttribute("Customer", "name"));
        assertThat(out).isEqualTo(SHOP.replace("  name: String @indexed # shown on invoices\n", ""));
    }

    @Test
    void theLastAttributeCannotGo() {
        assertThatThrownBy(() -> apply("type A @table { id: ID @primaryKey }", new RemoveAttribute("A", "id")))
                .hasMessage("Cannot remove A.id: it is the only attribute of A, and a type needs at least one"
                        + " (add another first, or remove the type)");
    }

    @Test
    void changeTypeReplacesOnlyTheType() {
        String out = apply(SHOP, new ChangeType("Order", "total", "Int!"));
        assertThat(out).isEqualTo(SHOP.replace("total: Float", "total: Int!"));
        assertThatThrownBy(() -> apply(SHOP, new ChangeType("Order", "id", "[ID]")))
                .hasMessage("Order.id is [ID]: a primary key must be one of ID, String, Int, Long, Float, BigInt, Any");
    }

    @Test
    void primaryKeyMovesFromTheCurrentKey() {
        String out = apply(SHOP, new SetPrimaryKey("Order", "customerId", true));
        assertThat(out).contains("  id: ID\n  customerId: ID @indexed @primaryKey\n");
    }

    @Test
    void indexedToggles() {
        String on = apply(SHOP, new SetIndexed("Order", "total", true));
        assertThat(on).contains("total: Float @indexed\n");
        assertThat(apply(on, new SetIndexed("Order", "total", false))).isEqualTo(SHOP);
        assertThat(SchemaEditor.apply(SHOP, new SetIndexed("Order", "customerId", true))
                        .changed())
                .isFalse();
    }

    @Test
    void relationshipAddAndRemove() {
        String out = apply(SHOP, new AddRelationship("Customer", "latest", "Order", null, "customerId"));
        assertThat(out).contains("  latest: [Order] @relationship(to: \"customerId\")\n}");
        assertThat(apply(out, new RemoveRelationship("Customer", "latest"))).isEqualTo(SHOP);
        assertThatThrownBy(() -> apply(SHOP, new AddRelationship("Order", "c2", "Customer", "nope", null)))
                .hasMessage("Table Order has no attribute 'nope'");
        assertThatThrownBy(() -> apply(SHOP, new RemoveRelationship("Order", "total")))
                .hasMessageStartingWith("Order.total is not a relationship");
    }

    @Test
    void exportWithNameAndRemoval() {
        String named = apply(SHOP, new SetExport("Order", "orders"));
        assertThat(named).contains("type Order @table(database: \"shop\") @export(name: \"orders\") {");
        assertThat(apply(named, new RemoveExport("Order"))).isEqualTo(SHOP);
        assertThat(apply(SHOP, new SetExport("Customer", "people"))).contains("@table @export(name: \"people\") {");
    }

    @Test
    void exportKeepsOtherArguments() {
        String text = "type T @table @export(rest: false) {\n  id: ID @primaryKey\n}\n";
        assertThat(apply(text, new SetExport("T", "t"))).contains("@export(name: \"t\", rest: false)");
    }

    @Test
    void syntaxErrorsStopEveryEdit() {
        assertThatThrownBy(() -> apply("type A @table { id ID }", new AddTable("B")))
                .isInstanceOf(SchemaEditException.class)
                .hasMessageStartingWith("schema.graphql has a syntax error at line 1, column");
    }

    @Test
    void crlfFilesGetCrlfLines() {
        String crlf = SHOP.replace("\n", "\r\n");
        String out = apply(crlf, new AddAttribute("Order", "note", "String"));
        assertThat(out).isEqualTo(crlf.replace("total: Float\r\n", "total: Float\r\n  note: String\r\n"));
    }

    @Test
    void aTypeThatIsNotATableIsSaidSo() {
        assertThatThrownBy(() -> apply(SHOP + "type Shape { x: Int }\n", new AddAttribute("Shape", "y", "Int")))
                .hasMessage("'Shape' (line 15) is a type without @table, not a table");
    }
}
