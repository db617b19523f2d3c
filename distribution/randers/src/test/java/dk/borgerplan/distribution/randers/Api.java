package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API of a running distribution, for setting up and checking what the browser tests do: each call asserts
 * its expected status and returns the answer's JSON with its ETag.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** An answer: its JSON (null when it has none) and its ETag (null when it has none). */
    record Answer(JsonNode json, String etag) {
    }

    Api(String base) {
        this.base = base;
    }

    Answer get(String path) {
        return call("GET", path, null, null, 200);
    }

    /** POST of a JSON body ({@code null}: none), expecting {@code status}. */
    Answer post(String path, String json, String ifMatch, int status) {
        return call("POST", path, json, ifMatch, status);
    }

    Answer put(String path, String json, String ifMatch) {
        return call("PUT", path, json, ifMatch, 200);
    }

    Answer call(String method, String path, String json, String ifMatch, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
            String body = response.body();
            return new Answer(body.isEmpty() ? null : JSON.readTree(body),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal for {@code text}, quotes and escapes included. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
