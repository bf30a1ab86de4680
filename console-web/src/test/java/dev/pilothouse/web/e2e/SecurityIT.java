package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without a session nothing but the sign-in and setup pages is served. */
class SecurityIT {

    private static WebFixture web;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(web.baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "data",
                "streams",
                "runtime",
                "live",
                "diagram",
                "plugins",
                "about",
                "proposals",
                "proposal/x",
                "admin/users",
                "admin/agents",
                "admin/policy",
                "no-such-route",
                "actuator",
                "h2-console"
            })
    void everyRouteWithoutASessionRedirectsToSignIn(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as(path)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theSignInPageItselfIsServed() throws Exception {
        assertThat(get("login").statusCode()).isEqualTo(200);
    }

    @Test
    void aUidlRequestWithoutASessionIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(web.baseUrl + "?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // Vaadin lets framework requests through to answer "session expired"; nothing else may come back
        assertThat(response.statusCode()).as(response.body()).isIn(List.of(200, 302, 401, 403));
        if (response.statusCode() == 200) {
            // e.g. {"changes":{},...,"meta":{"appError":{"caption":"Cookies disabled"...}},"syncId":-1}: no UI state
            assertThat(response.body())
                    .contains("\"syncId\":-1")
                    .contains("appError")
                    .doesNotContain("Pilothouse");
        }
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(web.baseUrl + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=ada&password=whatever"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(List.of(302, 401, 403));
        assertThat(response.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("remember");
    }
}
