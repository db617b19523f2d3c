import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up and memory benchmark for a municipality's distribution against the baseline (Equinox + SCR + Felix HTTP
 * Jetty + one hello servlet), both started the same way: {@code java [options] -jar <jar>} from a folder of their own.
 *
 * <ul>
 * <li>cold start: a fresh home (no data) until the first plan is served over HTTP — the time includes creating a
 * citizen and a plan through the API, since a fresh store has none to serve;</li>
 * <li>warm start: the same home again, until that plan is served;</li>
 * <li>baseline start: until GET /hello answers 200;</li>
 * <li>RSS idle: resident memory of the process 5 s after it became ready.</li>
 * </ul>
 * Run it with {@code distribution/bench/run} (builds first, then measures with the JVM's defaults — plain
 * {@code java -jar} — and with the options the distribution's start script uses, etc/jvm.options), or
 * {@code java distribution/bench/Bench.java --runs 5 [--distribution randers] [--java-options "..." |
 * --java-options-file distribution/src/etc/jvm.options]}. Prints a table. Uses loopback only.
 */
public class Bench {

    /** The caseworker's session (cookie, CSRF token), made on the first start of the distribution's home. */
    private static String[] session;


    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    record Sample(double startMillis, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        String distribution = "randers";
        List<String> javaOptions = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--distribution" -> distribution = args[++i];
                case "--java-options" -> javaOptions = args[++i].isBlank() ? List.of()
                        : Arrays.asList(args[i].trim().split("\\s+"));
                case "--java-options-file" -> javaOptions = Files.readAllLines(Path.of(args[++i])).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("distribution/" + distribution + "/target/borgerplan-" + distribution + ".jar");
        Path etc = root.resolve("distribution/" + distribution + "/target/etc");
        Path baselineJar = root.resolve("distribution/baseline/target/baseline.jar");
        for (Path required : List.of(jar, etc, baselineJar)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: build first (./mvnw -q package -DskipTests)");
            }
        }
        Path work = Files.createTempDirectory("borgerplan-bench-");
        System.out.printf(Locale.ROOT, "Benchmark: %s vs baseline, %d runs each, JVM options %s, %d cores, %s%n",
                distribution, runs, javaOptions.isEmpty() ? "(defaults)" : String.join(" ", javaOptions),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        List<Sample> cold = new ArrayList<>();
        List<Sample> warm = new ArrayList<>();
        List<Sample> baseline = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            // Alternate the order so that neither side always runs on a warmer machine.
            if (run % 2 == 0) {
                baseline.add(baseline(work.resolve("baseline-" + run), baselineJar, javaOptions));
            }
            Path home = work.resolve(distribution + "-" + run);
            Files.createDirectories(home);
            Files.copy(jar, home.resolve(jar.getFileName()));
            copyFolder(etc, home.resolve("etc"));
            String[] planId = new String[1];
            cold.add(distribution(home, jar.getFileName().toString(), javaOptions, planId));
            warm.add(distribution(home, jar.getFileName().toString(), javaOptions, planId));
            if (run % 2 == 1) {
                baseline.add(baseline(work.resolve("baseline-" + run), baselineJar, javaOptions));
            }
            System.out.printf(Locale.ROOT, "  run %d: cold %.0f ms, warm %.0f ms, baseline %.0f ms; RSS %d / %d / %d MB%n",
                    run, cold.get(run - 1).startMillis(), warm.get(run - 1).startMillis(),
                    baseline.get(run - 1).startMillis(), cold.get(run - 1).rssKb() / 1024,
                    warm.get(run - 1).rssKb() / 1024, baseline.get(run - 1).rssKb() / 1024);
        }
        double coldMedian = median(cold.stream().map(Sample::startMillis).toList());
        double baselineMedian = median(baseline.stream().map(Sample::startMillis).toList());
        System.out.println();
        System.out.println("| measure (median of " + runs + ") | " + distribution + " | baseline | ratio | target |");
        System.out.println("| --- | --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| cold start to first plan served | %.0f ms | %.0f ms | %.2f× | ≤ 2000 ms, ≤ 1.5× |%n",
                coldMedian, baselineMedian, coldMedian / baselineMedian);
        System.out.printf(Locale.ROOT, "| warm start to plan served | %.0f ms | | | |%n",
                median(warm.stream().map(Sample::startMillis).toList()));
        System.out.printf(Locale.ROOT, "| RSS idle (cold start) | %.0f MB | %.0f MB | %.2f× | ≤ 200 MB |%n",
                median(cold.stream().map(s -> s.rssKb() / 1024.0).toList()),
                median(baseline.stream().map(s -> s.rssKb() / 1024.0).toList()),
                median(cold.stream().map(s -> s.rssKb() / 1024.0).toList())
                        / median(baseline.stream().map(s -> s.rssKb() / 1024.0).toList()));
        System.out.printf(Locale.ROOT, "| RSS idle (warm start) | %.0f MB | | | |%n",
                median(warm.stream().map(s -> s.rssKb() / 1024.0).toList()));
        System.out.printf(Locale.ROOT, "| min–max cold / warm / baseline | %.0f–%.0f / %.0f–%.0f ms | %.0f–%.0f ms | | |%n",
                min(cold), max(cold), min(warm), max(warm), min(baseline), max(baseline));
    }

    /** Starts the distribution; on a fresh home creates a citizen and a plan; returns when the plan is served. */
    private static Sample distribution(Path home, String jarName, List<String> javaOptions, String[] planId)
            throws Exception {
        int port = freePort();
        long started = System.nanoTime();
        long notTimed = 0;
        Process process = start(home, jarName, javaOptions, port);
        try {
            String base = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            if (planId[0] == null) {
                untilStatus(200, "GET", base + "/api/health", null, deadline, process);
                // Making the accounts (three Argon2id hashes) is IT's one-off work, not part of starting: not timed.
                long accounts = System.nanoTime();
                session = firstStartSession(base, home.resolve("console-" + port + ".log"));
                notTimed = System.nanoTime() - accounts;
                String citizen = untilStatus(201, "POST", base + "/api/citizens", "{\"name\":\"Benchmark Testborger\"}",
                        deadline, process);
                String citizenId = id(citizen);
                String plan = untilStatus(201, "POST", base + "/api/citizens/" + citizenId + "/plans",
                        "{\"purpose\":\"Jeg vil bo i egen lejlighed\",\"goals\":[{\"text\":\"Jeg laver selv mad\","
                                + "\"currentScore\":{\"value\":3},\"expectedScore\":{\"value\":2}}]}",
                        deadline, process);
                planId[0] = id(plan);
            }
            untilStatus(200, "GET", base + "/api/plans/" + planId[0], null, deadline, process);
            double millis = (System.nanoTime() - started - notTimed) / 1e6;
            Thread.sleep(5_000);
            return new Sample(millis, rssKb(process));
        } finally {
            stop(process);
        }
    }

    private static Sample baseline(Path home, Path jar, List<String> javaOptions) throws Exception {
        Files.createDirectories(home);
        Files.copy(jar, home.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        long started = System.nanoTime();
        Process process = start(home, jar.getFileName().toString(), javaOptions, port);
        try {
            untilStatus(200, "GET", "http://127.0.0.1:" + port + "/hello", null,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(60), process);
            double millis = (System.nanoTime() - started) / 1e6;
            Thread.sleep(5_000);
            return new Sample(millis, rssKb(process));
        } finally {
            stop(process);
        }
    }

    private static Process start(Path home, String jarName, List<String> javaOptions, int port) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-Dorg.osgi.service.http.port=" + port);
        command.add("-jar");
        command.add(jarName);
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console-" + port + ".log").toFile()).start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Repeats a request every 10 ms until it answers {@code status}; returns the body. */
    private static String untilStatus(int status, String method, String url, String body, long deadline,
            Process process) throws Exception {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process ended with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setRequestMethod(method);
                connection.setConnectTimeout(1000);
                if (session != null && !url.endsWith("/api/health")) {
                    // The session lives in the database: a warm start finds the caseworker still logged in.
                    connection.setRequestProperty("Cookie", session[0]);
                    connection.setRequestProperty("X-CSRF-Token", session[1]);
                }
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setRequestProperty("Content-Type", "application/json");
                    connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                }
                int answer = connection.getResponseCode();
                var in = answer >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (answer == status) {
                    return text;
                }
            } catch (ConnectException notListeningYet) {
                // Jetty is not up yet.
            } catch (IOException transientFailure) {
                // Connection reset while starting.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(method + " " + url + " did not answer " + status + " in time");
    }

    /**
     * What IT does on a distribution's first start: reads the administrator's one-time password from the console,
     * logs in and chooses a password, makes a caseworker's account, and logs the caseworker in (choosing a password
     * too). Returns the caseworker's session: its cookie and its CSRF token.
     */
    static String[] firstStartSession(String base, Path console) throws Exception {
        Matcher printed = Pattern.compile("engangsadgangskoden\\s+(\\S+)").matcher(Files.readString(console));
        if (!printed.find()) {
            throw new IllegalStateException("No one-time password on the console " + console);
        }
        HttpClient client = HttpClient.newHttpClient();
        String[] admin = logIn(client, base, "admin", printed.group(1));
        call(client, base, admin, "PUT", "/api/session/password", "{\"currentPassword\":\"" + printed.group(1)
                + "\",\"newPassword\":\"benchmark-administrator\"}", 200);
        String created = call(client, base, admin, "POST", "/api/admin/accounts", "{\"username\":\"benchmark\","
                + "\"displayName\":\"Benchmark Sagsbehandler\",\"role\":\"CASEWORKER\"}", 201);
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(created);
        if (!oneTime.find()) {
            throw new IllegalStateException("No one-time password for the caseworker");
        }
        String[] caseworker = logIn(client, base, "benchmark", oneTime.group(1));
        call(client, base, caseworker, "PUT", "/api/session/password", "{\"currentPassword\":\"" + oneTime.group(1)
                + "\",\"newPassword\":\"benchmark-sagsbehandler\"}", 200);
        return caseworker;
    }

    private static String[] logIn(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("Login of " + username + " answered " + answer.statusCode());
        }
        return new String[] { answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0], csrf.group(1) };
    }

    private static String call(HttpClient client, String base, String[] session, String method, String path,
            String json, int status) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Cookie", session[0])
                .header("X-CSRF-Token", session[1]).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != status) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    /** Resident set size of the process (Linux). */
    private static long rssKb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for " + process.pid());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::startMillis).min().orElse(0);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::startMillis).max().orElse(0);
    }
}
