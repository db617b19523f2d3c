package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Randers' distribution as a user runs it: the built jar, start script and etc/ copied into a folder of the test's,
 * started with {@code ./borgerplan} as a separate process on a free loopback port, and awaited until healthy. It can
 * be stopped and started again on the same folder (same database).
 */
final class RunningDistribution implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private static final java.util.regex.Pattern ONE_TIME_PASSWORD =
            java.util.regex.Pattern.compile("engangsadgangskoden\\s+(\\S+)");
    static final String ADMINISTRATOR = "admin";
    static final String CASEWORKER = "sagsbehandler";

    private final Path installation;
    private final int port;
    private Process server;
    private String administratorPassword;
    private String caseworkerPassword;

    private RunningDistribution(Path installation, int port) {
        this.installation = installation;
        this.port = port;
    }

    /** Copies the distribution into {@code installation} (an empty folder) and starts it on embedded Derby. */
    static RunningDistribution start(Path installation) throws Exception {
        return start(installation, null);
    }

    /**
     * Copies the distribution into {@code installation} (an empty folder), writes {@code storeConfiguration} (the
     * lines of {@code etc/dk.borgerplan.persistence.cfg}; null keeps the shipped Derby default) and starts it.
     */
    static RunningDistribution start(Path installation, String storeConfiguration) throws Exception {
        install(installation);
        if (storeConfiguration != null) {
            Files.writeString(installation.resolve("etc/dk.borgerplan.persistence.cfg"), storeConfiguration);
        }
        RunningDistribution distribution = new RunningDistribution(installation, freePort());
        distribution.startAgain();
        distribution.setUpAccounts();
        return distribution;
    }

    /**
     * A second node: a new installation with the same store configuration as {@code first} (one PostgreSQL
     * database), started beside it. Its accounts are the first's, since they live in the shared database.
     */
    static RunningDistribution secondNode(Path installation, RunningDistribution first) throws Exception {
        install(installation);
        for (String file : List.of("dk.borgerplan.persistence.cfg", "db-password")) {
            Path source = first.installation.resolve("etc").resolve(file);
            if (Files.exists(source)) {
                Files.copy(source, installation.resolve("etc").resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        RunningDistribution second = new RunningDistribution(installation, freePort());
        second.administratorPassword = first.administratorPassword;
        second.caseworkerPassword = first.caseworkerPassword;
        second.startAgain();
        return second;
    }

    /**
     * A new installation on a database server restored from a backup: {@code storeConfiguration} names the restored
     * database. Its accounts are the original's.
     */
    static RunningDistribution restoredOnServer(Path installation, String storeConfiguration,
            RunningDistribution original) throws Exception {
        install(installation);
        Files.writeString(installation.resolve("etc/dk.borgerplan.persistence.cfg"), storeConfiguration);
        RunningDistribution restored = new RunningDistribution(installation, freePort());
        restored.administratorPassword = original.administratorPassword;
        restored.caseworkerPassword = original.caseworkerPassword;
        restored.startAgain();
        return restored;
    }

    /** The start script, the jar and etc/ of the built distribution, copied into {@code installation}. */
    private static void install(Path installation) throws IOException {
        Path target = Path.of(System.getProperty("borgerplan.distribution.jar")).getParent();
        for (String file : List.of("borgerplan", "borgerplan-randers.jar")) {
            Files.copy(target.resolve(file), installation.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(installation.resolve("etc"));
        try (var files = Files.list(target.resolve("etc"))) {
            for (Path file : files.toList()) {
                Files.copy(file, installation.resolve("etc").resolve(file.getFileName()));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A new installation (an empty folder) of the same distribution whose database is restored from a backup folder
     * ({@code backups/<time>/borgerplan-db}), as the README says: copied into {@code data/} before the first start.
     * Its accounts are the original's.
     */
    static RunningDistribution restored(Path installation, Path databaseBackup, RunningDistribution original)
            throws Exception {
        install(installation);
        Path database = installation.resolve("data").resolve("borgerplan-db");
        Files.createDirectories(database.getParent());
        try (var files = Files.walk(databaseBackup)) {
            for (Path file : files.toList()) {
                Files.copy(file, database.resolve(databaseBackup.relativize(file).toString()));
            }
        }
        RunningDistribution restored = new RunningDistribution(installation, freePort());
        restored.administratorPassword = original.administratorPassword;
        restored.caseworkerPassword = original.caseworkerPassword;
        restored.startAgain();
        return restored;
    }

    /**
     * What a municipality's IT does on the first start: reads the administrator's one-time password from the
     * console, logs in, chooses a password, makes a caseworker's account, and the caseworker logs in and chooses a
     * password too.
     */
    private void setUpAccounts() throws IOException {
        Passwords passwords = setUpAccounts(base(), installation.resolve("server.log"));
        administratorPassword = passwords.administrator();
        caseworkerPassword = passwords.caseworker();
    }

    /** The passwords the administrator and the caseworker chose. */
    record Passwords(String administrator, String caseworker) {
    }

    /** The first start's set-up (above) for a distribution answering at {@code base} whose console is {@code log}. */
    static Passwords setUpAccounts(String base, Path log) throws IOException {
        java.util.regex.Matcher printed = ONE_TIME_PASSWORD.matcher(Files.readString(log));
        assertTrue(printed.find(), "the first start prints the administrator's one-time password");
        Passwords passwords = new Passwords("administratorens egen adgangskode", "sagsbehandlerens egen adgangskode");
        Api admin = new Api(base);
        admin.logIn(ADMINISTRATOR, printed.group(1));
        admin.put("/api/session/password", "{\"currentPassword\": " + Api.quote(printed.group(1))
                + ", \"newPassword\": " + Api.quote(passwords.administrator()) + "}", null);
        String oneTime = admin.post("/api/admin/accounts", "{\"username\": \"" + CASEWORKER + "\", \"displayName\": "
                + "\"Sanne Sagsbehandler\", \"role\": \"CASEWORKER\", \"organisation\": \"Randers Kommune\"}", null,
                201).json().path("oneTimePassword").asText();
        Api caseworker = new Api(base);
        caseworker.logIn(CASEWORKER, oneTime);
        caseworker.put("/api/session/password", "{\"currentPassword\": " + Api.quote(oneTime)
                + ", \"newPassword\": " + Api.quote(passwords.caseworker()) + "}", null);
        return passwords;
    }

    /** A new session of the caseworker, who works with citizens. */
    Api api() {
        Api api = new Api(base());
        api.logIn(CASEWORKER, caseworkerPassword);
        return api;
    }

    /** A new session of the administrator (icon packs, accounts, the audit log's verification). */
    Api admin() {
        Api api = new Api(base());
        api.logIn(ADMINISTRATOR, administratorPassword);
        return api;
    }

    String administratorPassword() {
        return administratorPassword;
    }

    String caseworkerPassword() {
        return caseworkerPassword;
    }

    /** The base address, {@code http://127.0.0.1:<port>}. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    Path installation() {
        return installation;
    }

    /** Starts the (stopped) distribution on its folder and port, and waits until it is healthy. */
    void startAgain() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("./borgerplan").directory(installation.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(installation.resolve("server.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Dorg.osgi.service.http.port=" + port);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the distribution ended early; see " + installation.resolve("server.log"));
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                // Healthy parts are not yet every servlet: the login address must be there too (a busy machine
                // answered /api/health before /api/session was registered).
                if (health.statusCode() == 200 && HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/session"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() != 404) {
                    return;
                }
                last = health.statusCode() + " " + health.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        fail("the distribution never became healthy: " + last);
    }

    /** Stops the process the way a service manager does (SIGTERM), and waits for it. */
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Ends the process as a power cut or the OOM killer would: SIGKILL, no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "killed within 30 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
