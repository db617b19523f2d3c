package dk.borgerplan.distribution;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.ops4j.pax.exam.Option;

/**
 * The bundle set a distribution actually resolved, taken from its exported runnable jar (whose launcher.properties
 * lists the bundles the bnd resolver wrote into the bndrun's -runbundles) — never a second, hand-kept list.
 * Used from a Pax Exam {@code @Configuration} method, outside the framework.
 */
public final class ResolvedDistribution {

    private final Path jar;
    private final Properties launcher = new Properties();

    private ResolvedDistribution(Path jar) {
        this.jar = jar;
        try (JarFile file = new JarFile(jar.toFile());
                InputStream in = file.getInputStream(entry(file, "launcher.properties"))) {
            launcher.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the exported distribution " + jar, e);
        }
    }

    /** The distribution this module built: {@code -Dborgerplan.distribution.jar} is set by the build. */
    public static ResolvedDistribution ofThisModule() {
        String path = System.getProperty("borgerplan.distribution.jar");
        if (path == null) {
            throw new IllegalStateException("borgerplan.distribution.jar is not set; run through Maven (verify)");
        }
        return new ResolvedDistribution(Path.of(path));
    }

    /** The bundle jars in install order, as embedded in the runnable jar. */
    public List<String> bundlePaths() {
        return List.of(launcher.getProperty("launch.bundles").split(","));
    }

    /** The framework properties of the bndrun ({@code -runproperties}), without the launcher's own settings. */
    public Map<String, String> runProperties() {
        Map<String, String> properties = new TreeMap<>();
        for (String key : launcher.stringPropertyNames()) {
            if (!key.startsWith("launch.") && !key.startsWith("org.osgi.framework.")) {
                properties.put(key, launcher.getProperty(key));
            }
        }
        return properties;
    }

    /**
     * Pax Exam options that boot this bundle set in Equinox with {@code home} as the distribution's home (etc/,
     * addons/, data/) and HTTP on {@code port}.
     */
    public Option[] options(Path home, int port) {
        List<Option> options = new ArrayList<>();
        options.add(systemTimeout(60_000));
        options.add(cleanCaches(true));
        options.add(workingDirectory(home.resolveSibling(home.getFileName() + "-framework").toString()));
        runProperties().forEach((key, value) -> options.add(frameworkProperty(key).value(value)));
        options.add(frameworkProperty("borgerplan.home").value(home.toString()));
        options.add(frameworkProperty("org.osgi.service.http.port").value(Integer.toString(port)));
        copyEtc(home);
        Path bundles = extract(home.resolveSibling("bundles"));
        for (String path : bundlePaths()) {
            options.add(bundle(bundles.resolve(Path.of(path).getFileName()).toUri().toString()));
        }
        options.add(junitBundles());
        return options.toArray(Option[]::new);
    }

    /** The home starts with the distribution's own etc/, as an unpacked distribution does. */
    private void copyEtc(Path home) {
        Path etc = jar.resolveSibling("etc");
        try {
            Files.createDirectories(home.resolve("etc"));
            if (Files.isDirectory(etc)) {
                try (var files = Files.list(etc)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, home.resolve("etc").resolve(file.getFileName()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if ("postgresql".equals(System.getProperty("borgerplan.it.database"))) {
                usePostgres(home.resolve("etc"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With {@code borgerplan.it.database=postgresql}: the store on a fresh schema of the tests' PostgreSQL server,
     * configured as a municipality would, with the password in a file.
     */
    private static void usePostgres(Path etc) throws IOException {
        Files.writeString(etc.resolve("dk.borgerplan.persistence.cfg"), postgresStore(etc, freshPostgresSchema()));
    }

    /** The tests' PostgreSQL server ({@code .ci/postgres start}, or {@code BORGERPLAN_TEST_POSTGRES}), user and password in it. */
    public static String postgresUrl() {
        String url = System.getenv("BORGERPLAN_TEST_POSTGRES");
        return url == null || url.isBlank()
                ? "jdbc:postgresql://127.0.0.1:55432/borgerplan_test?user=borgerplan&password=borgerplan-test" : url;
    }

    /** A parameter ({@code user}, {@code password}, …) of {@link #postgresUrl}; empty when it has none. */
    public static String postgresParameter(String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(postgresUrl());
        return value.find() ? value.group(1) : "";
    }

    /** {@link #postgresUrl} without user and password, with {@code schema} as the current schema. */
    public static String postgresUrlOf(String schema) {
        String plain = postgresUrl().replaceAll("[?&](user|password)=[^&]*", "");
        return plain + (plain.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new, empty schema on the tests' server. */
    public static String freshPostgresSchema() {
        String schema = "it_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(postgresUrl());
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("No PostgreSQL server for the tests: start one with .ci/postgres start", e);
        }
        return schema;
    }

    /**
     * The lines of {@code etc/dk.borgerplan.persistence.cfg} for {@code schema}, with the password written to
     * {@code etc/db-password} (in {@code etc}, made if missing).
     */
    public static String postgresStore(Path etc, String schema) throws IOException {
        Files.createDirectories(etc);
        Files.writeString(etc.resolve("db-password"), postgresParameter("password") + "\n");
        return "database=postgresql\nurl=" + postgresUrlOf(schema) + "\nuser=" + postgresParameter("user")
                + "\npasswordFile=etc/db-password\npoolSize=8\n";
    }

    private Path extract(Path into) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Files.createDirectories(into);
            for (String path : bundlePaths()) {
                try (InputStream in = file.getInputStream(entry(file, path))) {
                    Files.copy(in, into.resolve(Path.of(path).getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZipEntry entry(JarFile file, String name) {
        ZipEntry entry = file.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(file.getName() + " has no " + name);
        }
        return entry;
    }

    /** A free TCP port on loopback. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh home directory under target/ for one test class. */
    public static Path freshHome(String name) {
        try {
            Path base = Path.of(System.getProperty("borgerplan.test.dir", "target/it"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), name + "-").resolve("home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
