package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filter parsing, cell validation, snippets and the command palette. */
class SmallPartsTest {

    private static final Map<String, String> TYPES = new LinkedHashMap<>(
            Map.of("id", "ID", "name", "String", "price", "Float", "stock", "Int", "active", "Boolean"));

    @Test
    void filterReadsAndConditionsWithTypedValues() {
        FilterParser.Filter f = FilterParser.parse("price >= 10 and name starts_with \"Wid get\"", TYPES);
        assertThat(f.operator()).isEqualTo("and");
        assertThat(f.conditions())
                .containsExactly(
                        new DataPort.Condition("price", "greater_than_equal", 10.0),
                        new DataPort.Condition("name", "starts_with", "Wid get"));
    }

    @Test
    void filterReadsOrConditions() {
        FilterParser.Filter f = FilterParser.parse("stock = 0 or stock > 100", TYPES);
        assertThat(f.operator()).isEqualTo("or");
        assertThat(f.conditions()).extracting(DataPort.Condition::value).containsExactly(0L, 100L);
    }

    @Test
    void filterRejectsUnknownAttributeAndMixedOperators() {
        assertThatThrownBy(() -> FilterParser.parse("colour = red", TYPES))
                .hasMessageContaining("Unknown attribute 'colour'");
        assertThatThrownBy(() -> FilterParser.parse("stock = 1 and price > 2 or name = x", TYPES))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> FilterParser.parse("price is big", TYPES)).hasMessageContaining("Cannot read");
    }

    @Test
    void blankFilterHasNoConditions() {
        assertThat(FilterParser.parse("  ", TYPES).conditions()).isEmpty();
    }

    @Test
    void cellValidatorConvertsAndExplains() {
        assertThat(CellValidator.convert("12", "Int")).isEqualTo(12L);
        assertThat(CellValidator.convert("1.5", "Float")).isEqualTo(1.5);
        assertThat(CellValidator.convert("true", "Boolean")).isEqualTo(true);
        assertThat(CellValidator.convert("null", "Int")).isNull();
        assertThatThrownBy(() -> CellValidator.convert("twelve", "Int")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> CellValidator.convert("x", "Float")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> CellValidator.convert("yes", "Boolean")).hasMessageContaining("not a Boolean");
    }

    @Test
    void snippetsKeepDefaultsAndPlaceTheCaretAtTheFirstStop() {
        assertThat(Snippets.expand("@table(database: \"${1:data}\")"))
                .isEqualTo(new Snippets.Expanded("@table(database: \"data\")", 18));
        assertThat(Snippets.expand("@primaryKey")).isEqualTo(new Snippets.Expanded("@primaryKey", 11));
        assertThat(Snippets.expand("@indexed$0 x")).isEqualTo(new Snippets.Expanded("@indexed x", 8));
    }

    @Test
    void paletteMatchesLettersInOrderBestFirstAndRunsTheFirst() {
        CommandPaletteViewModel vm = new CommandPaletteViewModel();
        List<String> ran = new ArrayList<>();
        vm.register(new Command("a", "Deploy workspace", "", () -> ran.add("deploy")));
        vm.register(new Command("b", "Format document", "", () -> ran.add("format")));
        vm.register(new Command("c", "Show data browser", "", () -> ran.add("data")));
        vm.queryProperty().set("fmt");
        assertThat(vm.matches()).extracting(Command::id).containsExactly("b");
        vm.queryProperty().set("d");
        assertThat(vm.matches()).extracting(Command::id).startsWith("a");
        vm.queryProperty().set("zzz");
        assertThat(vm.runFirst()).isFalse();
        vm.queryProperty().set("data");
        assertThat(vm.runFirst()).isTrue();
        assertThat(ran).containsExactly("data");
    }
}
