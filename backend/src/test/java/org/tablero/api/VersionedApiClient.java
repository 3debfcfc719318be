package org.tablero.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.tablero.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP client of the JSON API that sends If-Match with any method, DELETE included. */
final class VersionedApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;

    VersionedApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, Object body) {
        return send("POST", path, body, null);
    }

    Response post(String path, Object body, String ifMatch) {
        return send("POST", path, body, ifMatch);
    }

    Response put(String path, Object body, String ifMatch) {
        return send("PUT", path, body, ifMatch);
    }

    Response delete(String path, String ifMatch) {
        return send("DELETE", path, null, ifMatch);
    }

    private Response send(String method, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
