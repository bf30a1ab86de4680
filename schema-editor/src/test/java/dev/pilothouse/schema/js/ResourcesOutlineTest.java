package dev.pilothouse.schema.js;

import static dev.pilothouse.schema.js.JsFixtures.js;
import static dev.pilothouse.schema.js.JsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourcesOutlineTest {

    private static ResourcesOutline outline(String text) {
        return ResourcesOutline.of(js(text));
    }

    @Test
    void exportedClassExtendingTableNamesTheTable() {
        ResourceClass c =
                outline(resource("valid/02-product-table.js")).classes().getFirst();

        assertThat(c.name()).isEqualTo("ProductWithPrice");
        assertThat(c.extendsTarget().kind()).isEqualTo(ExtendsTarget.Kind.TABLE);
        assertThat(c.extendsTarget().table()).isEqualTo("Product");
        assertThat(c.extendsTarget().database()).isEqualTo("data");
        assertThat(c.resourceMethods()).containsExactly("get", "allowRead");
        assertThat(c.range().startLine()).isEqualTo(4);
        assertThat(c.nameRange().startColumn()).isEqualTo(14);
    }

    @Test
    void databasesPathNamesDatabaseAndTable() {
        ExtendsTarget t = outline("export class O extends databases['shop'].OrderLine {}")
                .classes()
                .getFirst()
                .extendsTarget();

        assertThat(t.kind()).isEqualTo(ExtendsTarget.Kind.DATABASE_TABLE);
        assertThat(t.database()).isEqualTo("shop");
        assertThat(t.table()).isEqualTo("OrderLine");
    }

    @Test
    void plainResourceAndOtherBasesAreTold() {
        ResourcesOutline o = outline("export class A extends Resource {}\nexport class B extends mixin(A) {}");

        assertThat(o.classes())
                .extracting(c -> c.extendsTarget().kind())
                .containsExactly(ExtendsTarget.Kind.RESOURCE, ExtendsTarget.Kind.OTHER);
        assertThat(o.classes().get(1).extendsTarget().text()).isEqualTo("mixin(A)");
    }

    @Test
    void staticMethodsAreFlagged() {
        ResourceClass c = outline(resource("valid/06-counters.js")).classes().getFirst();

        assertThat(c.methods())
                .filteredOn(ResourceMethod::isStatic)
                .extracting(ResourceMethod::name)
                .containsExactly("total");
        assertThat(c.resourceMethods()).containsExactly("post");
    }

    @Test
    void gettersAreNotResourceMethods() {
        ResourceClass c =
                outline(resource("valid/07-private-and-static.js")).classes().getFirst();

        assertThat(c.methods()).extracting(ResourceMethod::name).containsExactly("uptime", "#format", "get");
        assertThat(c.resourceMethods()).containsExactly("get");
        assertThat(c.fields()).extracting(ClassField::name).contains("loadAsInstance", "#instances", "#startedAt");
    }

    @Test
    void unexportedClassIsNoEndpointUntilExportedByList() {
        ResourcesOutline o = outline(resource("valid/08-export-list.js"));

        assertThat(o.exportedClasses()).extracting(ResourceClass::exportName).containsExactly("Status", "Heartbeat");
        assertThat(outline(resource("valid/04-cache-source.js")).exportedClasses())
                .extracting(ResourceClass::name)
                .containsExactly("Weather");
    }

    @Test
    void exportedFunctionsAndConstsAreListed() {
        assertThat(outline(resource("valid/06-counters.js")).symbols())
                .extracting(ExportedSymbol::name, ExportedSymbol::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rate", ExportedSymbol.Kind.FUNCTION));
        assertThat(outline("export const a = 1, b = { c: 2 };\nexport let d;").symbols())
                .extracting(ExportedSymbol::name)
                .containsExactly("a", "b", "d");
    }

    @Test
    void fieldValueIsKeptForLoadAsInstance() {
        ClassField f = outline(resource("valid/01-greeting.js"))
                .classes()
                .getFirst()
                .fields()
                .getFirst();

        assertThat(f.isStatic()).isTrue();
        assertThat(f.value()).isEqualTo("false");
    }
}
