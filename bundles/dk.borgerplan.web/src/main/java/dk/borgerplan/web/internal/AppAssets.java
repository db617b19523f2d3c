package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The browser application's static files: plain HTML, ES modules, CSS and the texts in {@code texts/<lang>/}, from
 * the bundle's {@code app/} folder. A developer may point {@code assetFolder} at a checkout's
 * {@code src/main/resources/app} to see changes without rebuilding; such files are read on every request.
 */
@Component(service = AppAssets.class, configurationPid = "dk.borgerplan.web.app")
@Designate(ocd = AppAssets.Config.class)
public class AppAssets {

    @ObjectClassDefinition(name = "Borgerplan browser application", description = "PID dk.borgerplan.web.app")
    public @interface Config {
        @AttributeDefinition(description = "For development only: a folder to serve the application from instead "
                + "of the bundle (empty: the bundle)")
        String assetFolder() default "";
    }

    /** One file with what a response needs. */
    public record Asset(byte[] bytes, String etag, String mediaType) {
    }

    /** Lower-case names, folders and one dot before a known extension: no way out of the app folder. */
    private static final Pattern SAFE_PATH = Pattern.compile("([a-z0-9][a-z0-9-]*/)*[a-z0-9][a-z0-9.-]*\\.(html|js|css|json|svg)");

    private static final Map<String, String> MEDIA_TYPES = Map.of("html", "text/html;charset=utf-8", "js",
            "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "json",
            "application/json;charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, Optional<Asset>> bundled = new ConcurrentHashMap<>();
    private volatile Path folder;

    public AppAssets() {
    }

    /** For tests: assets from a folder. */
    AppAssets(Path folder) {
        this.folder = folder;
    }

    @Activate
    void activate(Config config) {
        String configured = config.assetFolder().trim();
        folder = configured.isEmpty() ? null : Path.of(configured);
    }

    /** The file at {@code path} below the app folder ({@code index.html}, {@code pages/start.js}), if there is one. */
    public Optional<Asset> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        Path from = folder;
        if (from != null) {
            Path file = from.resolve(path).normalize();
            if (!file.startsWith(from.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(asset(path, Files.readAllBytes(file)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return bundled.computeIfAbsent(path, AppAssets::fromBundle);
    }

    private static Optional<Asset> fromBundle(String path) {
        try (InputStream in = AppAssets.class.getResourceAsStream("/app/" + path)) {
            return in == null ? Optional.empty() : Optional.of(asset(path, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Asset asset(String path, byte[] bytes) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(bytes, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"", MEDIA_TYPES.get(extension));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
