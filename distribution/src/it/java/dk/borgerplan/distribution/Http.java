package dk.borgerplan.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.CreatedAccount;
import dk.borgerplan.accounts.NewAccount;
import dk.borgerplan.accounts.Role;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for the tests: real requests over loopback to the distribution's Jetty. Made with
 * {@link #of(org.osgi.framework.BundleContext)} it is a logged-in user: before its first request (other than health)
 * it makes an account through the {@link AccountService} (as an administrator would), logs in over HTTP with the
 * one-time password, chooses its own password, and from then on sends the session cookie, and the CSRF token with
 * every state-changing request.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, headers (lower-case names), body text, and the body as JSON. */
    public record Response(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final String base;
    private final org.osgi.framework.BundleContext context;
    private final Role role;
    private String organisation = "Testkommune";
    private String name;
    private String cookie;
    private String csrf;
    private String accountId;

    /** A client that is not logged in. */
    public Http(int port) {
        this(port, null, null);
    }

    private Http(int port, org.osgi.framework.BundleContext context, Role role) {
        this.base = "http://127.0.0.1:" + port;
        this.context = context;
        this.role = role;
    }

    /** A caseworker of the distribution on its HTTP port as the framework was configured with it. */
    public static Http of(org.osgi.framework.BundleContext context) {
        return of(context, Role.CASEWORKER);
    }

    /** A user in {@code role}, e.g. the administrator for the icon packs. */
    public static Http of(org.osgi.framework.BundleContext context, Role role) {
        return new Http(Integer.parseInt(context.getProperty("org.osgi.service.http.port")), context, role);
    }

    /**
     * The user {@code name} in {@code role} of {@code organisation} (a provider's staff reach the citizens of its
     * offers). The same name is the same account, also after a restart on the same home: what a caseworker
     * registered, the same caseworker reads back.
     */
    public static Http of(org.osgi.framework.BundleContext context, Role role, String organisation, String name) {
        Http http = of(context, role);
        http.organisation = organisation;
        http.name = name;
        return http;
    }

    /** The logged-in account's id (what the plan's stamps record); logs in first if needed. */
    public String accountId() {
        logInIfNeeded("/");
        return accountId;
    }

    private void logInIfNeeded(String path) {
        if (context == null || cookie != null || path.startsWith("/api/health") || path.startsWith("/api/session")) {
            return;
        }
        org.osgi.util.tracker.ServiceTracker<AccountService, AccountService> tracker =
                new org.osgi.util.tracker.ServiceTracker<>(context, AccountService.class, null);
        tracker.open();
        try {
            AccountService accounts = tracker.waitForService(30_000);
            if (accounts == null) {
                throw new AssertionError("No AccountService within 30 s");
            }
            String username = "test-" + role.name().toLowerCase().replace('_', '-') + "-"
                    + (name == null ? "default" : name);
            String password = "en lang test-adgangskode " + username;
            java.util.Optional<dk.borgerplan.accounts.Account> existing = accounts.accounts().stream()
                    .filter(a -> a.username().equals(username)).findFirst();
            if (existing.isPresent()) {
                accountId = existing.get().id();
                logIn(username, password);
                return;
            }
            CreatedAccount created = accounts.create("test", new NewAccount(username, "Test " + role.name(), role,
                    organisation));
            accountId = created.account().id();
            logIn(username, created.oneTimePassword());
            Response changed = send("PUT", "/api/session/password", "{\"currentPassword\": \""
                    + created.oneTimePassword() + "\", \"newPassword\": \"" + password + "\"}",
                    Map.of("Content-Type", "application/json"));
            if (changed.status() != 200) {
                throw new AssertionError("Password change: " + changed.status() + " " + changed.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private void logIn(String username, String password) {
        Response login = send("POST", "/api/session", "{\"username\": \"" + username + "\", \"password\": \""
                + password + "\"}", Map.of("Content-Type", "application/json"));
        if (login.status() != 200) {
            throw new AssertionError("Login: " + login.status() + " " + login.body());
        }
        cookie = login.header("Set-Cookie").split(";")[0];
        csrf = login.json().path("csrfToken").asText();
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    public Response put(String path, String json, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send("PUT", path, json, headers);
    }

    public Response send(String method, String path, String body, Map<String, String> headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A request with a binary body (e.g. a jar), or none if {@code body} is null. */
    public Response sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        logInIfNeeded(path);
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            headers.forEach(connection::setRequestProperty);
            session().forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    responseHeaders.put(name.toLowerCase(), String.join(",", values));
                }
            });
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, responseHeaders, text);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    /**
     * Sends a request over a raw socket and returns the status of the answer. For bodies the server may refuse
     * before reading them (too large): writing stops quietly when the server closes, and the answer is still read.
     */
    public int rawStatus(String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {
        logInIfNeeded(path);
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            session().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                if (chunked) {
                    for (int offset = 0; offset < body.length; offset += 8192) {
                        int length = Math.min(8192, body.length - offset);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, offset, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(body);
                }
                out.flush();
            } catch (IOException serverStoppedReading) {
                // The server answered and closed before reading everything: read what it said.
            }
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    /**
     * The session's headers, for a test's own raw requests: its cookie and its CSRF token (only changes need it).
     * Logs in first if needed.
     */
    public Map<String, String> sessionHeaders() {
        logInIfNeeded("/");
        return session();
    }

    private Map<String, String> session() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", cookie);
            headers.put("X-CSRF-Token", csrf);
        }
        return headers;
    }

    /** Waits until the API answers health with every part up. */
    public Response awaitHealthy(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Response last = null;
        Exception lastFailure = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = get("/api/health");
                if (last.status() == 200) {
                    return last;
                }
            } catch (UncheckedIOException notYetListening) {
                lastFailure = notYetListening; // Jetty is still starting.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not healthy after " + timeoutMillis + " ms: "
                + (last == null ? "no answer" : last.status() + " " + last.body()), lastFailure);
    }
}
