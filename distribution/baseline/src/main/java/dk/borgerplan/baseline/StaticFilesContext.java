package dk.borgerplan.baseline;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The benchmark's static yardstick: the files of the folder {@code static/} in the working directory (the
 * baseline's home), served under {@code /static/} by the whiteboard's resource support in Felix HTTP Jetty — no
 * servlet of ours on the way. distribution/bench/LoadBench.java writes a plan exactly as {@code GET /api/plans/{id}}
 * answered it into that folder, so the static answer carries the same bytes as the API's.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = StaticFilesContext.NAME, path = "/static")
public class StaticFilesContext extends ServletContextHelper {

    static final String NAME = "dk.borgerplan.baseline.static";

    private final Path folder = Path.of("static").toAbsolutePath().normalize();

    @Override
    public URL getResource(String name) {
        Path file = folder.resolve(name.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** As the API labels its JSON, so that both answers carry the same headers as far as the type goes. */
    @Override
    public String getMimeType(String name) {
        return name.endsWith(".json") ? "application/json" : null;
    }
}
