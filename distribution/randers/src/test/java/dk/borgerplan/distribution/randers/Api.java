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
 * its expected status and returns the answer's JSON with its ETag. Logged in ({@link #logIn}), it sends the session
 * cookie with every request and the session's CSRF token with every change.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String cookie;
    private String csrf;
    private String accountId;

    /** An answer: its JSON (null when it has none) and its ETag (null when it has none). */
    record Answer(JsonNode json, String etag) {
    }

    Api(String base) {
        this.base = base;
    }

    /** Logs in; the answer is the session (account, CSRF token). */
    Answer logIn(String username, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/session")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": " + quote(username) + ", \"password\": " + quote(password) + "}"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "login of " + username + ": " + response.body());
            cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            JsonNode session = JSON.readTree(response.body());
            csrf = session.path("csrfToken").asText();
            accountId = session.path("account").path("id").asText();
            return new Answer(session, null);
        } catch (IOException e) {
            throw new UncheckedIOException("login", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client of this address that uses {@code other}'s session (its cookie and CSRF token). */
    Api withSessionOf(Api other) {
        Api api = new Api(base);
        api.cookie = other.cookie;
        api.csrf = other.csrf;
        api.accountId = other.accountId;
        return api;
    }

    /** The logged-in account's id: what the plan's stamps record as the author. */
    String accountId() {
        return accountId;
    }

    /** The session cookie ({@code name=value}), for a browser or a raw request; null before login. */
    String cookie() {
        return cookie;
    }

    String csrf() {
        return csrf;
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
        if (cookie != null) {
            request.header("Cookie", cookie);
            request.header("X-CSRF-Token", csrf);
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
