package dev.pilothouse.plugin.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.ExportInput;
import dev.pilothouse.plugin.api.ExportResult;
import dev.pilothouse.plugin.bundled.openapi.OpenApiPlugin;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiExporterTest {

    private static final String SCHEMA = """
            type Product @table @export {
              sku: Int @primaryKey
              name: String! @indexed
              price: Float
              tags: [String]
              maker: Maker @relationship(from: makerId)
              makerId: ID
            }
            type Maker @table @export(name: "makers") {
              id: ID @primaryKey
              name: String
            }
            type Secret @table {
              id: ID @primaryKey
            }
            """;

    @Test
    void exportParsesAsOpenApi31WithoutMessages() {
        SwaggerParseResult parsed = parse(Map.of());

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths())
                .containsOnlyKeys("/Product/", "/Product/{id}", "/makers/", "/makers/{id}");
    }

    @Test
    void pathsFollowHarpersRestSemantics() {
        OpenAPI api = parse(Map.of()).getOpenAPI();
        var collection = api.getPaths().get("/Product/");
        var record = api.getPaths().get("/Product/{id}");

        assertThat(collection.getGet().getParameters())
                .extracting(p -> p.getName())
                .containsExactly("sku", "name", "price", "tags", "makerId"); // the relationship is not queryable
        assertThat(collection.getPost().getResponses()).containsKeys("201", "400", "401");
        assertThat(record.getPut().getResponses()).containsKey("204");
        assertThat(record.getPatch().getResponses()).containsKey("204");
        assertThat(record.getDelete().getResponses()).containsKey("200");
        assertThat(record.getGet().getResponses()).containsKeys("200", "304", "404");
        assertThat(record.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getIn()).isEqualTo("path");
            assertThat(p.getSchema().getTypes()).containsExactly("integer");
        });
    }

    @Test
    void recordSchemaHasTypesRequiredAttributesAndReadOnlyRelationships() {
        Schema<?> product =
                parse(Map.of()).getOpenAPI().getComponents().getSchemas().get("Product");

        assertThat(product.getRequired()).containsExactly("name");
        assertThat(product.getProperties().get("price").getTypes()).containsExactly("number");
        assertThat(product.getProperties().get("tags").getTypes()).containsExactly("array");
        assertThat(product.getProperties().get("maker").get$ref()).isEqualTo("#/components/schemas/Maker");
        assertThat(product.getProperties().get("maker").getReadOnly()).isTrue();
        assertThat(parse(Map.of()).getOpenAPI().getComponents().getSchemas()).doesNotContainKey("Secret");
    }

    @Test
    void settingsNameTheApiAndServer() {
        OpenAPI api = parse(Map.of("title", "Shop", "version", "2.1", "server", "https://shop.example:9926"))
                .getOpenAPI();
        assertThat(api.getInfo().getTitle()).isEqualTo("Shop");
        assertThat(api.getInfo().getVersion()).isEqualTo("2.1");
        assertThat(api.getServers())
                .singleElement()
                .satisfies(s -> assertThat(s.getUrl()).isEqualTo("https://shop.example:9926"));
    }

    private static SwaggerParseResult parse(Map<String, String> settings) {
        ExportResult result = new OpenApiPlugin()
                .exporters()
                .getFirst()
                .export(new ExportInput(Schemas.view(SCHEMA), Map.of(), settings));
        assertThat(result.mediaType()).isEqualTo("application/json");
        return new OpenAPIV3Parser().readContents(result.content());
    }
}
