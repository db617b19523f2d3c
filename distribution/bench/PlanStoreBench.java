import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan save and plan read through the JSON API against the same operations as raw JDBC, on the same embedded Derby
 * database in the same run. Target: the API reaches at least half of raw JDBC's throughput for both.
 *
 * <ol>
 * <li>API: starts the distribution's exported jar in a fresh home on a free loopback port and creates P realistic
 * plans (purpose, three goals with SMART answers, scores, themes and icons, the wheel's fields, notes, parking lot,
 * §141 elements), one citizen each. After a warm-up it measures N saves ({@code PUT /api/plans/{id}} with the
 * plan's current ETag) and then N reads ({@code GET}), going round the P plans; sequential, one keep-alive client.
 * Then it stops the distribution (SIGTERM; it shuts Derby down before it exits).</li>
 * <li>JDBC: opens the same database folder with plain JDBC in a child JVM with the same JVM options and does the same
 * to the same plans: a save is one transaction that updates the PLAN row with the version check and replaces the
 * rows of its collection tables; a read selects the PLAN row and its collection tables and builds the values.</li>
 * </ol>
 * Both repeat for a few rounds; the table gives each figure's median, and the median of the rounds' API/JDBC
 * ratios. Beside the CPU per operation of the serving process, it gives the API's floor on this machine: GET of a
 * small JSON document that needs no database. The JDBC side takes the plan's tables from the
 * database (the tables that reference PLAN by foreign key, with all their columns, found through DatabaseMetaData)
 * and writes back the rows it read, so it stays right when columns or collection tables are added.
 * <p>
 * Derby leaves the index entries of deleted rows in place until it splits their index page, and both sides replace
 * collection rows with delete + insert: saving one plan thousands of times makes every later statement on it walk
 * thousands of dead entries. So the saves go round P plans (a few dozen saves each per run, as in a plan's life),
 * and the JDBC side rebuilds the plan's tables (SYSCS_COMPRESS_TABLE) before and after its measurements, so that
 * every block starts from the same clean database. {@code --plans 1} with a large N shows the effect.
 * <p>
 * Run it with {@code distribution/bench/run-store} (builds first), or after a build, from the repository root,
 * {@code java distribution/bench/PlanStoreBench.java [--n 800] [--warmup 800] [--rounds 3] [--plans 100]
 * [--distribution randers] [--jar another/build.jar] [--java-options "..." | --java-options-file
 * distribution/src/etc/jvm.options] [--keep] [--summary file.tsv]}; {@code --jar} measures another build of the
 * distribution (before and after a change) with this distribution's etc/; {@code --summary} appends the table's
 * verdicts as tab-separated rows (stage, figure, result, target, pass) for distribution/bench/run-all.
 * <p>
 * The database is a {@link Database}: embedded Derby in the distribution's home, or with {@code --postgres
 * jdbc:postgresql://…?user=…&password=…} a fresh schema on that server (see {@link Database#postgres}).
 * Loopback only; the plans are invented.
 */
public class PlanStoreBench {

    /** The aggregate's table and what StampedEntity and PlanEntity call its key and optimistic-lock columns. */
    static final String PLAN_TABLE = "PLAN";
    static final String KEY_COLUMN = "ID";
    static final String VERSION_COLUMN = "VERSION";
    static final String POSITION_COLUMN = "POSITION";

    /** Saves cycle through this many variants of the plan, so that every save changes every collection. */
    static final int VARIANTS = 10;

    /** One measured block: throughput, latency percentiles, and the CPU the serving process spent per operation. */
    record Result(String operation, int count, double opsPerSecond, double p50Millis, double p95Millis,
            double cpuMillisPerOp) {

        String line() {
            return String.format(Locale.ROOT, "RESULT %s %d %.3f %.4f %.4f %.4f", operation, count, opsPerSecond,
                    p50Millis, p95Millis, cpuMillisPerOp);
        }

        static Result parse(String line) {
            String[] parts = line.split(" ");
            return new Result(parts[1], Integer.parseInt(parts[2]), Double.parseDouble(parts[3]),
                    Double.parseDouble(parts[4]), Double.parseDouble(parts[5]), Double.parseDouble(parts[6]));
        }
    }

    /**
     * The database both sides measure: how the distribution is pointed at it, and how the JDBC side (a child JVM)
     * reaches it. {@code kind} selects the JDBC side's database-specific steps ({@link JdbcSide#rebuildTables},
     * {@link JdbcSide#close}).
     */
    record Database(String kind, String jdbcUrl, List<Path> driverClassPath, List<String> distributionOptions,
            List<String> jdbcSideOptions) {

        /** The distribution's own embedded Derby in {@code home}/data, and Derby from the distribution's jar. */
        static Database derby(Path home, Path distributionJar, Path work) throws IOException {
            Path data = home.resolve("data");
            return new Database("derby", "jdbc:derby:" + data.resolve("borgerplan-db"),
                    List.of(extractDerby(distributionJar, work.resolve("derby.jar"))), List.of(),
                    List.of("-Dderby.stream.error.file=" + data.resolve("derby.log")));
        }

        /**
         * PostgreSQL, {@code --postgres jdbc:postgresql://host:port/db?user=…&password=…}: a fresh schema on that server
         * per run (made with the driver from the distribution's jar), the distribution pointed at it as a
         * municipality configures it (etc/dk.borgerplan.persistence.cfg, the password in a file), and the JDBC side
         * on the same schema with the same driver.
         */
        static Database postgres(String jdbcUrl, Path home, Path distributionJar, Path work) throws Exception {
            Path driver = extract(distributionJar, "jar/postgresql-.*\\.jar", work.resolve("postgresql.jar"));
            String schema = "bench_" + Long.toString(System.nanoTime(), 36);
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
                    driver.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
                java.sql.Driver jdbc = (java.sql.Driver) loader.loadClass("org.postgresql.Driver")
                        .getDeclaredConstructor().newInstance();
                try (Connection connection = jdbc.connect(jdbcUrl, new java.util.Properties());
                        java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA " + schema);
                }
            }
            Matcher user = Pattern.compile("[?&]user=([^&]*)").matcher(jdbcUrl);
            Matcher password = Pattern.compile("[?&]password=([^&]*)").matcher(jdbcUrl);
            String plain = jdbcUrl.replaceAll("[?&](user|password)=[^&]*", "");
            String withSchema = plain + (plain.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            Files.writeString(home.resolve("etc/db-password"), (password.find() ? password.group(1) : "") + "\n");
            Files.writeString(home.resolve("etc/dk.borgerplan.persistence.cfg"), "database=postgresql\nurl="
                    + withSchema + "\nuser=" + (user.find() ? user.group(1) : "") + "\npasswordFile=etc/db-password\n");
            return new Database("postgres", jdbcUrl + "&currentSchema=" + schema, List.of(driver), List.of(),
                    List.of());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--jdbc")) {
            JdbcSide.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int n = 800;
        int warmup = 800;
        int rounds = 3;
        int plans = 100;
        boolean keep = false;
        String distribution = "randers";
        String postgresUrl = null;
        Path summary = null;
        Path jar = null;
        List<String> javaOptions = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--plans" -> plans = Integer.parseInt(args[++i]);
                case "--distribution" -> distribution = args[++i];
                case "--keep" -> keep = true;
                case "--postgres" -> postgresUrl = args[++i];
                case "--summary" -> summary = Path.of(args[++i]).toAbsolutePath();
                case "--java-options" -> javaOptions = args[++i].isBlank() ? List.of()
                        : Arrays.asList(args[i].trim().split("\\s+"));
                case "--java-options-file" -> javaOptions = Files.readAllLines(Path.of(args[++i])).stream()
                        .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Path root = Path.of("").toAbsolutePath();
        Path source = root.resolve("distribution/bench/PlanStoreBench.java");
        if (jar == null) {
            jar = root.resolve("distribution/" + distribution + "/target/borgerplan-" + distribution + ".jar");
        }
        Path etc = root.resolve("distribution/" + distribution + "/target/etc");
        for (Path required : List.of(source, jar, etc)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: run from the repository root after a build"
                        + " (./mvnw -q package -DskipTests)");
            }
        }
        Path work = Files.createTempDirectory("borgerplan-store-bench-");
        Path home = work.resolve(distribution);
        Files.createDirectories(home);
        Files.copy(jar, home.resolve(jar.getFileName()));
        copyFolder(etc, home.resolve("etc"));
        Database database = postgresUrl == null ? Database.derby(home, jar, work)
                : Database.postgres(postgresUrl, home, jar, work);
        List<String> apiOptions = new ArrayList<>(javaOptions);
        apiOptions.addAll(database.distributionOptions());
        System.out.printf(Locale.ROOT, "Plan store benchmark on %s: %s, %d rounds of N = %d saves and N reads (after %d of"
                + " each to warm up) over %d plans, JVM options %s, %d cores, %s%n", database.kind(), distribution, rounds,
                n, warmup,
                plans, javaOptions.isEmpty() ? "(defaults)" : String.join(" ", javaOptions),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        long started = System.nanoTime();
        List<List<Result>> viaApi = new ArrayList<>();
        List<List<Result>> viaJdbc = new ArrayList<>();
        List<String> planPaths = null;
        String[] variants = null;
        for (int round = 1; round <= rounds; round++) {
            ApiSide api = new ApiSide(home, jar.getFileName().toString(), apiOptions);
            try {
                api.start();
                if (planPaths == null) {
                    variants = api.planVariants();
                    planPaths = api.createPlans(variants, plans);
                }
                viaApi.add(api.measure(planPaths, variants, warmup, n));
            } finally {
                api.stop();
            }
            viaJdbc.add(runJdbcSide(source, database,
                    planPaths.stream().map(path -> path.substring(path.lastIndexOf('/') + 1)).toList(), warmup, n,
                    javaOptions));
            for (int op = 0; op < 2; op++) {
                Result viaHttp = viaApi.get(round - 1).get(op);
                Result viaSql = viaJdbc.get(round - 1).get(op);
                System.out.printf(Locale.ROOT, "  round %d, %s: API %.0f/s, JDBC %.0f/s (%.2f×); p50 %.2f / %.2f ms;"
                        + " CPU per op %.2f / %.2f ms%n", round, viaHttp.operation(), viaHttp.opsPerSecond(),
                        viaSql.opsPerSecond(), viaHttp.opsPerSecond() / viaSql.opsPerSecond(), viaHttp.p50Millis(),
                        viaSql.p50Millis(), viaHttp.cpuMillisPerOp(), viaSql.cpuMillisPerOp());
            }
        }
        System.out.printf(Locale.ROOT, "  whole run %.0f s%n%n", (System.nanoTime() - started) / 1e9);

        System.out.println("| operation (N = " + n + ", median of " + rounds + " rounds) | API ops/s | JDBC ops/s"
                + " | API/JDBC (median of the rounds') | target | result | API p50 / p95 | JDBC p50 / p95"
                + " | CPU per op API / JDBC |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        List<String> summaryRows = new ArrayList<>();
        for (int op = 0; op < 2; op++) {
            final int index = op;
            Result api = median(viaApi.stream().map(r -> r.get(index)).toList());
            Result jdbc = median(viaJdbc.stream().map(r -> r.get(index)).toList());
            // Each round's two sides ran within a minute of each other: their ratio is steadier on a shared machine
            // than the ratio of two medians.
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = viaApi.get(round).get(index).opsPerSecond()
                        / viaJdbc.get(round).get(index).opsPerSecond();
            }
            double ratio = median(ratios);
            summaryRows.add(String.join("\t", "3 API vs JDBC (" + database.kind() + ")", "plan " + api.operation()
                    + " through the API (ORM) vs raw JDBC, N = " + n + (rounds > 1 ? ", median of " + rounds
                            + " rounds" : ""), String.format(Locale.ROOT, "%.0f vs %.0f ops/s = %.2f×; API p50 %.2f"
                            + " / p95 %.2f ms, JDBC p50 %.2f / p95 %.2f ms", api.opsPerSecond(), jdbc.opsPerSecond(),
                            ratio, api.p50Millis(), api.p95Millis(), jdbc.p50Millis(), jdbc.p95Millis()),
                    "≥ 0.5× JDBC", ratio >= 0.5 ? "pass" : "FAIL"));
            System.out.printf(Locale.ROOT, "| plan %s | %.0f | %.0f | %.2f× | ≥ 0.5× | %s | %.2f / %.2f ms"
                    + " | %.2f / %.2f ms | %.2f / %.2f ms |%n", api.operation(), api.opsPerSecond(),
                    jdbc.opsPerSecond(), ratio, ratio >= 0.5 ? "met" : "missed", api.p50Millis(), api.p95Millis(),
                    jdbc.p50Millis(), jdbc.p95Millis(), api.cpuMillisPerOp(), jdbc.cpuMillisPerOp());
        }
        Result floor = median(viaApi.stream().map(r -> r.get(2)).toList());
        System.out.printf(Locale.ROOT, "| HTTP floor: GET %s, no database | %.0f | | | | | %.2f / %.2f ms | |"
                + " %.2f ms |%n",
                ApiSide.FLOOR_PATH, floor.opsPerSecond(), floor.p50Millis(), floor.p95Millis(),
                floor.cpuMillisPerOp());
        summaryRows.add(String.join("\t", "3 API vs JDBC (" + database.kind() + ")", "HTTP floor: GET "
                + ApiSide.FLOOR_PATH + " (no database), one client", String.format(Locale.ROOT,
                        "%.0f/s, p50 %.2f ms", floor.opsPerSecond(), floor.p50Millis()), "", ""));
        if (summary != null) {
            Files.write(summary, summaryRows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        if (keep) {
            System.out.println("\nKept " + work + " (home, console log, database and derby.log)");
        } else {
            deleteTree(work);
        }
    }

    /** Each figure's median over the rounds. */
    static Result median(List<Result> rounds) {
        return new Result(rounds.get(0).operation(), rounds.get(0).count(), median(rounds, Result::opsPerSecond),
                median(rounds, Result::p50Millis), median(rounds, Result::p95Millis),
                median(rounds, Result::cpuMillisPerOp));
    }

    private static double median(List<Result> rounds, java.util.function.ToDoubleFunction<Result> figure) {
        return median(rounds.stream().mapToDouble(figure).toArray());
    }

    static double median(double[] figures) {
        double[] values = figures.clone();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The distribution as a process, and one HTTP client that talks to it as a browser would, on loopback. */
    /**
     * (The same as in Bench.java: each benchmark runs as a single source file.) What IT does on a distribution's first start: reads the administrator's one-time password from the console,
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

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static String[] logIn(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> answer;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            // Health may answer before every servlet is registered (seen on a loaded machine): 404 until then.
            answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (answer.statusCode() == 404 && System.nanoTime() < deadline && sleep(50));
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


    static final class ApiSide {

        private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

        /** The scale catalogue: about 2 KB of JSON from memory, a little smaller than a plan (about 3.4 KB). */
        static final String FLOOR_PATH = "/api/scales";

        private final Path home;
        private final String jarName;
        private final List<String> javaOptions;
        /** The caseworker's session (cookie, CSRF token), made on the first start; it survives restarts. */
        private static String[] session;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private Process process;
        private Path console;
        private String base;

        ApiSide(Path home, String jarName, List<String> javaOptions) {
            this.home = home;
            this.jarName = jarName;
            this.javaOptions = javaOptions;
        }

        void start() throws Exception {
            int port = freePort();
            base = "http://127.0.0.1:" + port;
            console = home.resolve("console.log");
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(javaOptions);
            command.add("-Dorg.osgi.service.http.port=" + port);
            command.add("-jar");
            command.add(jarName);
            long started = System.nanoTime();
            process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(console.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The distribution ended with " + process.exitValue()
                            + "; see " + console);
                }
                try {
                    if (send("GET", "/api/health", null, null).statusCode() == 200) {
                        break;
                    }
                } catch (ConnectException notListeningYet) {
                    // Jetty is not up yet.
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The distribution was not healthy in time; see " + console);
                }
                Thread.sleep(50);
            }
            System.out.printf(Locale.ROOT, "  API: distribution healthy after %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            if (session == null) {
                session = firstStartSession(base, console);
            }
        }

        /** The plan's content in {@link #VARIANTS} variants, with themes as GET /api/themes names them. */
        String[] planVariants() throws Exception {
            String themes = expect(200, send("GET", "/api/themes", null, null)).body();
            Map<String, String> refs = new HashMap<>();
            for (String label : List.of("Praktiske opgaver", "Relationer", "Samfundsliv", "Egenomsorg")) {
                refs.put(label, themeRef(themes, label));
            }
            String[] variants = new String[VARIANTS];
            for (int variant = 0; variant < VARIANTS; variant++) {
                variants[variant] = planJson(refs, variant);
            }
            return variants;
        }

        /** Creates {@code count} plans, one citizen each; returns their paths. */
        List<String> createPlans(String[] variants, int count) throws Exception {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String citizen = expect(201, send("POST", "/api/citizens",
                        "{\"name\":\"Benchmark Testborger " + (i + 1) + "\"}", null)).body();
                Matcher id = ID.matcher(citizen);
                if (!id.find()) {
                    throw new IllegalStateException("No citizen id in the answer");
                }
                paths.add(expect(201, send("POST", "/api/citizens/" + id.group(1) + "/plans", variants[0], null))
                        .headers().firstValue("Location").orElseThrow());
            }
            return paths;
        }

        /** Warms up with saves and reads, then measures N saves, then N reads, going round the plans. */
        List<Result> measure(List<String> planPaths, String[] variants, int warmup, int n) throws Exception {
            // The JDBC side has saved since the last round: start from the versions the plans have now.
            long[] versions = new long[planPaths.size()];
            for (int i = 0; i < versions.length; i++) {
                versions[i] = version(expect(200, send("GET", planPaths.get(i), null, null)));
            }
            for (int i = 0; i < warmup; i++) {
                int plan = i % versions.length;
                versions[plan] = save(planPaths.get(plan), variants, versions[plan]);
                read(planPaths.get(plan));
            }
            long[] saves = new long[n];
            long cpuBefore = cpuNanos();
            long savesStarted = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int plan = i % versions.length;
                long before = System.nanoTime();
                versions[plan] = save(planPaths.get(plan), variants, versions[plan]);
                saves[i] = System.nanoTime() - before;
            }
            long savesTook = System.nanoTime() - savesStarted;
            long savesCpu = cpuNanos() - cpuBefore;
            long[] reads = new long[n];
            cpuBefore = cpuNanos();
            long readsStarted = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long before = System.nanoTime();
                read(planPaths.get(i % versions.length));
                reads[i] = System.nanoTime() - before;
            }
            long readsTook = System.nanoTime() - readsStarted;
            long readsCpu = cpuNanos() - cpuBefore;
            // What any read through the API costs at least on this machine: HTTP and JSON, without the database.
            long[] floor = new long[n];
            cpuBefore = cpuNanos();
            long floorStarted = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long before = System.nanoTime();
                read(FLOOR_PATH);
                floor[i] = System.nanoTime() - before;
            }
            long floorTook = System.nanoTime() - floorStarted;
            long floorCpu = cpuNanos() - cpuBefore;
            return List.of(result("save", saves, savesTook, savesCpu), result("read", reads, readsTook, readsCpu),
                    result("floor", floor, floorTook, floorCpu));
        }

        /** CPU time of the distribution's process so far: all its threads (HTTP, store, GC, JIT). */
        private long cpuNanos() {
            return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
        }

        /** Saves the variant that follows the plan's current version; returns the new version. */
        private long save(String planPath, String[] variants, long version) throws Exception {
            return version(expect(200, send("PUT", planPath, variants[variantAfter(version)], "\"" + version + "\"")));
        }

        /** The plan's version, from its ETag. */
        private static long version(HttpResponse<String> answer) {
            return Long.parseLong(answer.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
        }

        private void read(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .header("Cookie", session[0]).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200 || answer.body().length == 0) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
        }

        /** SIGTERM, and wait: the distribution closes Jetty and shuts Derby down before it exits. */
        void stop() throws Exception {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The distribution did not stop within 60 s; see " + console);
            }
            if (!Files.readString(console).contains("Store closed")) {
                throw new IllegalStateException("The store did not report a clean close; see " + console);
            }
        }

        private HttpResponse<String> send(String method, String path, String json, String ifMatch)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (session != null) {
                request.header("Cookie", session[0]).header("X-CSRF-Token", session[1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
            if (answer.statusCode() != status) {
                // The body is a problem document about invented benchmark data: safe to show.
                throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
                        + answer.statusCode() + " instead of " + status + ": " + answer.body());
            }
            return answer;
        }

        /** {"system":…,"version":…,"code":…} of the theme with this label in GET /api/themes. */
        private static String themeRef(String themes, String label) {
            Matcher ref = Pattern.compile("\"ref\":(\\{[^}]*\\}),\"label\":\"" + Pattern.quote(label) + "\"")
                    .matcher(themes);
            if (!ref.find()) {
                throw new IllegalStateException("No theme labelled " + label + " in GET /api/themes");
            }
            return ref.group(1);
        }
    }

    /**
     * A plan as a plan meeting writes it (seeds 000–002: purpose, up to three SMART goals scored "now" and
     * "expected", the wheel's fields, notes, parking lot). A variant changes one thing in each collection and the
     * notes, as a follow-up meeting would; {@link JdbcSide#vary} makes the same changes.
     */
    static String planJson(Map<String, String> themes, int variant) {
        return """
                {"purpose": "Jeg vil bo i min egen lejlighed og have en hverdag med faste rutiner",
                 "goals": [
                  {"text": "Jeg laver selv aftensmad to gange om ugen",
                   "smart": {"specific": "Lave aftensmad fra bunden", "measurable": "To gange om ugen",
                             "accepted": "Jeg vil selv gerne", "realistic": "Med støtte fra kontaktpersonen",
                             "timeBound": "Inden sommerferien"},
                   "delimitation": "Gælder hverdage", "primaryTheme": %s,
                   "icons": ["theme.praktiske-opgaver", "prep.wish-to-manage"], "type": "DEVELOP",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 1}, "citizenScore": {"value": 2},
                   "disagreementNote": "Borgeren mener, det går bedre, end fagpersonen vurderer"},
                  {"text": "Jeg ser mine venner hver uge",
                   "smart": {"specific": "Mødes med en ven", "measurable": "En gang om ugen",
                             "accepted": "Det er vigtigt for mig", "realistic": "Jeg tager bussen selv",
                             "timeBound": "Inden jul"},
                   "primaryTheme": %s, "secondaryTheme": %s,
                   "icons": ["theme.relationer"], "type": "DEVELOP",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 1}},
                  {"text": "Jeg holder fast i mit arbejde i caféen",
                   "smart": {"specific": "Møde på arbejde", "measurable": "Tre dage om ugen",
                             "accepted": "Jeg kan lide mine kolleger", "realistic": "Med fast mødeplan",
                             "timeBound": "Hele året"},
                   "primaryTheme": %s, "icons": ["employment.work"], "type": "MAINTAIN",
                   "currentScore": {"value": %d}, "expectedScore": {"value": 2}}],
                 "resourceField": [{"text": "%s", "icons": ["resource.smiley"]},
                                   {"text": "Jeg er god til dyr", "icons": ["prep.can-do"]},
                                   {"text": "Jeg kan lide at tegne", "icons": ["prep.interests"]}],
                 "themeFields": [{"theme": %s, "entries": [{"text": "Min søster", "icons": ["theme.relationer"]},
                                                           {"text": "Holdet i svømmehallen"}]},
                                 {"theme": %s, "entries": [{"text": "Indkøb og tøjvask",
                                                            "icons": ["theme.praktiske-opgaver"]}]},
                                 {"theme": %s, "entries": [{"icons": ["theme.egenomsorg"]}]}],
                 "employmentField": [{"text": "Caféen tre dage om ugen", "icons": ["employment.work"]}],
                 "notes": "%s",
                 "parkingLot": ["Få en kæreste", "Tage kørekort", "%s"],
                 "actionPlan": {"neededEffort": "Socialpædagogisk støtte to timer om ugen",
                                "expectedDuration": "Et år",
                                "specialConditions": {"housing": "Egen bolig med støtte"}}}""".formatted(
                themes.get("Praktiske opgaver"), currentScore(1, variant), themes.get("Relationer"),
                themes.get("Samfundsliv"), currentScore(2, variant), themes.get("Samfundsliv"),
                currentScore(3, variant), resourceText(variant), themes.get("Relationer"),
                themes.get("Praktiske opgaver"), themes.get("Egenomsorg"), notes(variant), parkedThought(variant));
    }

    /** The variant a save from {@code version} writes: never the one the plan has, so every save changes it. */
    static int variantAfter(long version) {
        return (int) ((version + 1) % VARIANTS);
    }

    static int currentScore(int goalNumber, int variant) {
        return (goalNumber + variant) % 5;
    }

    static String resourceText(int variant) {
        return "Jeg er god til at lytte (opfølgning " + variant + ")";
    }

    static String notes(int variant) {
        return "Borgeren førte ordet på møde " + variant + "; kontaktpersonen skrev";
    }

    static String parkedThought(int variant) {
        return "Rejse til Norge, idé " + variant;
    }

    /** Raw JDBC on the same database folder, in a JVM of its own with Derby on the class path. */
    static final class JdbcSide {

        record Column(String name, int sqlType) {
        }

        /**
         * A table of the plan's aggregate, with the rows of one plan selected by {@code where} (one parameter). A
         * class, not a record: it keys maps on every operation, and a record would hash all its columns each time.
         */
        static final class Table {

            private final String name;
            private final List<Column> columns;
            private final String where;
            private final List<Table> children;

            Table(String name, List<Column> columns, String where, List<Table> children) {
                this.name = name;
                this.columns = columns;
                this.where = where;
                this.children = children;
            }

            String name() {
                return name;
            }

            List<Column> columns() {
                return columns;
            }

            String where() {
                return where;
            }

            List<Table> children() {
                return children;
            }

            int index(String column) {
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).name().equalsIgnoreCase(column)) {
                        return i;
                    }
                }
                return -1;
            }

            String columnList() {
                return String.join(", ", columns.stream().map(Column::name).toList());
            }
        }

        /** The values of one plan: for each table, its rows in order. */
        record PlanRows(Map<Table, List<Object[]>> rows) {
        }

        private final Connection connection;
        private final String kind;
        private final Table plan;
        private final List<Table> tables = new ArrayList<>();
        private final Map<Table, PreparedStatement> selects = new HashMap<>();
        private final Map<Table, PreparedStatement> deletes = new HashMap<>();
        private final Map<Table, PreparedStatement> inserts = new HashMap<>();
        private final PreparedStatement updatePlan;

        JdbcSide(Connection connection, String kind) throws SQLException {
            this.connection = connection;
            this.kind = kind;
            connection.setAutoCommit(false);
            DatabaseMetaData meta = connection.getMetaData();
            // Unquoted names as the database keeps them: upper case in Derby, lower case in PostgreSQL.
            String planTable = meta.storesLowerCaseIdentifiers() ? PLAN_TABLE.toLowerCase(Locale.ROOT) : PLAN_TABLE;
            this.plan = table(meta, connection.getSchema(), planTable, KEY_COLUMN + " = ?", new HashSet<>());
            collect(plan);
            // Statements are prepared once, as a statement-caching pool would give them; this is raw JDBC's best.
            for (Table table : tables) {
                selects.put(table, connection.prepareStatement("SELECT " + table.columnList() + " FROM "
                        + table.name() + " WHERE " + table.where()
                        + (table.index(POSITION_COLUMN) >= 0 ? " ORDER BY " + POSITION_COLUMN : "")));
                if (table != plan) {
                    deletes.put(table, connection.prepareStatement("DELETE FROM " + table.name() + " WHERE "
                            + table.where()));
                    inserts.put(table, connection.prepareStatement("INSERT INTO " + table.name() + " ("
                            + table.columnList() + ") VALUES (" + String.join(", ",
                                    table.columns().stream().map(c -> "?").toList()) + ")"));
                }
            }
            List<String> assignments = plan.columns().stream().map(Column::name)
                    .filter(name -> !name.equalsIgnoreCase(KEY_COLUMN)).map(name -> name + " = ?").toList();
            this.updatePlan = connection.prepareStatement("UPDATE " + PLAN_TABLE + " SET "
                    + String.join(", ", assignments) + " WHERE " + KEY_COLUMN + " = ? AND " + VERSION_COLUMN + " = ?");
        }

        /**
         * The table and, through the foreign keys that reference it, the tables of its collections (PlanEntity's
         * {@code @CollectionTable}s: PLAN_GOAL, PLAN_FIELD_ENTRY, PLAN_PARKING_LOT, PLAN_APPROVAL) and theirs.
         */
        private static Table table(DatabaseMetaData meta, String schema, String name, String where, Set<String> seen)
                throws SQLException {
            seen.add(name);
            List<Column> columns = new ArrayList<>();
            try (ResultSet found = meta.getColumns(null, schema, name, "%")) {
                while (found.next()) {
                    columns.add(new Column(found.getString("COLUMN_NAME"), found.getInt("DATA_TYPE")));
                }
            }
            Map<String, String[]> references = new LinkedHashMap<>();
            try (ResultSet keys = meta.getExportedKeys(null, schema, name)) {
                while (keys.next()) {
                    String constraint = keys.getString("FKTABLE_NAME") + "/" + keys.getString("FK_NAME");
                    if (references.put(constraint, new String[] { keys.getString("FKTABLE_NAME"),
                            keys.getString("FKCOLUMN_NAME"), keys.getString("PKCOLUMN_NAME") }) != null) {
                        throw new IllegalStateException(constraint + " has more than one column: not supported");
                    }
                }
            }
            List<Table> children = new ArrayList<>();
            for (String[] reference : references.values()) {
                if (seen.contains(reference[0])) {
                    continue;
                }
                // Rows of a collection of this plan: their key column names the parent's row(s) of this plan.
                String childWhere = where.equals(reference[2] + " = ?") ? reference[1] + " = ?"
                        : reference[1] + " IN (SELECT " + reference[2] + " FROM " + name + " WHERE " + where + ")";
                children.add(table(meta, schema, reference[0], childWhere, seen));
            }
            return new Table(name, columns, where, children);
        }

        private void collect(Table table) {
            tables.add(table);
            table.children().forEach(this::collect);
        }

        long version(PlanRows content) {
            return ((Number) content.rows().get(plan).get(0)[plan.index(VERSION_COLUMN)]).longValue();
        }

        /**
         * Rebuilds the plan's tables and their indexes. Derby keeps the index entries of deleted rows until it splits
         * their page; this gives every measured block the same clean start.
         */
        void rebuildTables() throws SQLException {
            if (kind.equals("postgres")) {
                // PostgreSQL: VACUUM runs outside a transaction.
                connection.setAutoCommit(true);
                try (var vacuum = connection.createStatement()) {
                    for (Table table : tables) {
                        vacuum.execute("VACUUM ANALYZE " + table.name());
                    }
                }
                connection.setAutoCommit(false);
                return;
            }
            try (var compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                for (Table table : tables) {
                    compress.setString(1, connection.getSchema());
                    compress.setString(2, table.name());
                    compress.execute();
                }
            }
            connection.commit();
        }

        /** A read: the plan's row and the rows of its collections, each as its values, in one transaction. */
        PlanRows read(String planId) throws SQLException {
            Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
            for (Table table : tables) {
                PreparedStatement select = selects.get(table);
                select.setString(1, planId);
                List<Object[]> values = new ArrayList<>();
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        Object[] row = new Object[table.columns().size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = found.getObject(i + 1);
                            if (row[i] instanceof Clob clob) {
                                // A LOB is only valid in its transaction.
                                row[i] = clob.getSubString(1, (int) clob.length());
                            }
                        }
                        values.add(row);
                    }
                }
                rows.put(table, values);
            }
            connection.commit();
            return new PlanRows(rows);
        }

        /**
         * A save, as the store does a plan update: one transaction that updates the PLAN row if its version is still
         * {@code expectedVersion}, and replaces the rows of its collections; returns the new version.
         */
        long save(String planId, PlanRows content, long expectedVersion) throws SQLException {
            int variant = variantAfter(expectedVersion);
            try {
                Object[] planRow = vary(plan, content.rows().get(plan).get(0), 0, 1, variant);
                planRow[plan.index(VERSION_COLUMN)] = expectedVersion + 1;
                int parameter = 1;
                for (int i = 0; i < planRow.length; i++) {
                    if (i != plan.index(KEY_COLUMN)) {
                        bind(updatePlan, parameter++, plan.columns().get(i), planRow[i]);
                    }
                }
                updatePlan.setString(parameter++, planId);
                updatePlan.setLong(parameter, expectedVersion);
                if (updatePlan.executeUpdate() != 1) {
                    throw new IllegalStateException("Version conflict: the plan is no longer at " + expectedVersion);
                }
                // Children before parents when deleting, parents before children when inserting.
                for (int t = tables.size() - 1; t > 0; t--) {
                    PreparedStatement delete = deletes.get(tables.get(t));
                    delete.setString(1, planId);
                    delete.executeUpdate();
                }
                for (Table table : tables.subList(1, tables.size())) {
                    List<Object[]> rows = content.rows().get(table);
                    if (rows.isEmpty()) {
                        continue;
                    }
                    PreparedStatement insert = inserts.get(table);
                    for (int r = 0; r < rows.size(); r++) {
                        Object[] row = vary(table, rows.get(r), r, rows.size(), variant);
                        for (int i = 0; i < row.length; i++) {
                            bind(insert, i + 1, table.columns().get(i), row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return expectedVersion + 1;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        /** The same edits as the API save's variant ({@link PlanStoreBench#planJson}), on a copy of the row. */
        static Object[] vary(Table table, Object[] row, int rowIndex, int rowCount, int variant) {
            Object[] copy = row.clone();
            switch (table.name().toUpperCase(Locale.ROOT)) {
                case "PLAN" -> {
                    set(table, copy, "NOTES", notes(variant));
                    set(table, copy, "UPDATED_AT", new Timestamp(System.currentTimeMillis()));
                }
                case "PLAN_GOAL" -> set(table, copy, "CURRENT_VALUE",
                        currentScore(((Number) copy[table.index("NUMBER")]).intValue(), variant));
                case "PLAN_FIELD_ENTRY" -> {
                    if (rowIndex == 0) {
                        set(table, copy, "TEXT", resourceText(variant));
                    }
                }
                case "PLAN_PARKING_LOT" -> {
                    if (rowIndex == rowCount - 1) {
                        set(table, copy, "THOUGHT", parkedThought(variant));
                    }
                }
                default -> {
                    // Other collections are written back as they are.
                }
            }
            return copy;
        }

        private static void set(Table table, Object[] row, String column, Object value) {
            int index = table.index(column);
            if (index < 0) {
                throw new IllegalStateException(table.name() + "." + column + " is gone: update PlanStoreBench.vary");
            }
            row[index] = value;
        }

        private static void bind(PreparedStatement statement, int parameter, Column column, Object value)
                throws SQLException {
            if (value == null) {
                statement.setNull(parameter, column.sqlType());
            } else if (column.sqlType() == Types.CLOB) {
                statement.setString(parameter, (String) value);
            } else {
                statement.setObject(parameter, value);
            }
        }

        /**
         * Arguments: database kind (derby, postgres), JDBC URL, warm-up count, N, plan ids. Prints one RESULT line
         * per operation.
         */
        static void main(String[] args) throws Exception {
            String kind = args[0];
            String url = args[1];
            int warmup = Integer.parseInt(args[2]);
            int n = Integer.parseInt(args[3]);
            List<String> planIds = List.of(args).subList(4, args.length);
            if (kind.equals("derby")) {
                // The merged Derby bundle has no java.sql.Driver service file: register the embedded driver by name.
                Class.forName("org.apache.derby.jdbc.EmbeddedDriver");
            }
            long opened = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(url)) {
                JdbcSide jdbc = new JdbcSide(connection, kind);
                jdbc.rebuildTables();
                List<PlanRows> contents = new ArrayList<>();
                long[] versions = new long[planIds.size()];
                for (int i = 0; i < versions.length; i++) {
                    PlanRows content = jdbc.read(planIds.get(i));
                    if (content.rows().get(jdbc.plan).size() != 1) {
                        throw new IllegalStateException("Plan " + planIds.get(i) + " is not in the database");
                    }
                    contents.add(content);
                    versions[i] = jdbc.version(content);
                }
                System.out.printf(Locale.ROOT, "  JDBC: ready after %.1f s; a plan's rows: %s%n",
                        (System.nanoTime() - opened) / 1e9, String.join(", ", contents.get(0).rows().entrySet()
                                .stream().map(e -> e.getKey().name() + " " + e.getValue().size()).toList()));
                for (int i = 0; i < warmup; i++) {
                    int plan = i % versions.length;
                    versions[plan] = jdbc.save(planIds.get(plan), contents.get(plan), versions[plan]);
                    jdbc.read(planIds.get(plan));
                }
                long[] saves = new long[n];
                long cpuBefore = cpuNanos();
                long savesStarted = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int plan = i % versions.length;
                    long before = System.nanoTime();
                    versions[plan] = jdbc.save(planIds.get(plan), contents.get(plan), versions[plan]);
                    saves[i] = System.nanoTime() - before;
                }
                long savesTook = System.nanoTime() - savesStarted;
                long savesCpu = cpuNanos() - cpuBefore;
                long[] reads = new long[n];
                cpuBefore = cpuNanos();
                long readsStarted = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int plan = i % versions.length;
                    long before = System.nanoTime();
                    jdbc.read(planIds.get(plan));
                    reads[i] = System.nanoTime() - before;
                }
                long readsTook = System.nanoTime() - readsStarted;
                long readsCpu = cpuNanos() - cpuBefore;
                for (int plan = 0; plan < versions.length; plan++) {
                    PlanRows read = jdbc.read(planIds.get(plan));
                    if (jdbc.version(read) != versions[plan] || !sameShape(contents.get(plan), read)) {
                        throw new IllegalStateException("Plan " + planIds.get(plan) + " is not as it was saved");
                    }
                }
                jdbc.rebuildTables();
                System.out.println(result("save", saves, savesTook, savesCpu).line());
                System.out.println(result("read", reads, readsTook, readsCpu).line());
            } finally {
                close(kind);
            }
        }

        /** After the connection is closed: Derby's engine is shut down so its files are consistent. */
        static void close(String kind) {
            if (kind.equals("derby")) {
                shutdownDerby();
            }
        }

        /** CPU time of this process so far, measured as for the distribution's process. */
        private static long cpuNanos() {
            return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        }

        private static boolean sameShape(PlanRows first, PlanRows last) {
            return first.rows().entrySet().stream()
                    .allMatch(e -> last.rows().get(e.getKey()).size() == e.getValue().size());
        }

        /** Shuts the embedded engine down so its files are consistent (SQLState XJ015 = done). */
        private static void shutdownDerby() {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
            } catch (SQLException e) {
                if (!"XJ015".equals(e.getSQLState())) {
                    throw new IllegalStateException("Derby did not shut down cleanly: " + e.getSQLState(), e);
                }
            }
        }
    }

    /**
     * Starts this file as a child JVM with the database's driver on the class path and the same JVM options as the
     * API side.
     */
    static List<Result> runJdbcSide(Path source, Database database, List<String> planIds, int warmup, int n,
            List<String> javaOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(javaOptions);
        command.addAll(database.jdbcSideOptions());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, database.driverClassPath().stream()
                .map(Path::toString).toList()));
        command.add(source.toString());
        command.addAll(List.of("--jdbc", database.kind(), database.jdbcUrl(), String.valueOf(warmup),
                String.valueOf(n)));
        command.addAll(planIds);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Result> results = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    results.add(Result.parse(line));
                } else {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0 || results.size() != 2) {
            throw new IllegalStateException("The JDBC side failed (exit " + child.exitValue() + ")");
        }
        return results;
    }

    /** Derby as the distribution runs it: its merged bundle, taken out of the exported jar. */
    static Path extractDerby(Path distributionJar, Path target) throws IOException {
        return extract(distributionJar, "jar/dk\\.borgerplan\\.derby-.*\\.jar", target);
    }

    /** The bundle of the distribution's jar whose entry name matches {@code pattern}, copied to {@code target}. */
    static Path extract(Path distributionJar, String pattern, Path target) throws IOException {
        try (JarFile jar = new JarFile(distributionJar.toFile())) {
            var entry = jar.stream().filter(e -> e.getName().matches(pattern))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No " + pattern + " in " + distributionJar));
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    static Result result(String operation, long[] nanos, long totalNanos, long cpuNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Result(operation, nanos.length, nanos.length / (totalNanos / 1e9), percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6, cpuNanos / 1e6 / nanos.length);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
