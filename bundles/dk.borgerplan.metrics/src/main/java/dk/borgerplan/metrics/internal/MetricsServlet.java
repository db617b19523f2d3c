package dk.borgerplan.metrics.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.platform.PlatformHome;

/**
 * {@code GET /metrics}: the Prometheus text format, for the municipality's monitoring. Answered to a scraper on the
 * same machine, or anywhere to one that sends {@code Authorization: Bearer <token>} with the token in the file
 * {@code tokenFile} names; anyone else is answered 404, as an address that does not exist.
 */
@Component(service = Servlet.class, configurationPid = "dk.borgerplan.metrics")
@Designate(ocd = MetricsServlet.Config.class)
@HttpWhiteboardServletPattern("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServlet.class);
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @ObjectClassDefinition(name = "Borgerplan metrics", description = "Who may read /metrics")
    public @interface Config {
        @AttributeDefinition(description = "A file (relative to the home) holding the bearer token a scraper on"
                + " another machine sends; empty: only scrapers on this machine")
        String tokenFile() default "";
    }

    private final transient Metrics metrics;
    private final byte[] token;

    @Activate
    public MetricsServlet(@Reference Metrics metrics, @Reference PlatformHome home, Config config) throws IOException {
        this.metrics = metrics;
        if (config.tokenFile().isBlank()) {
            this.token = null;
        } else {
            Path file = home.directory().resolve(config.tokenFile()).normalize();
            this.token = Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
            LOG.info("Metrics: scrapers elsewhere identify with the token in {}", file);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(request)) {
            response.sendError(404);
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private boolean allowed(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (token != null && authorization != null && authorization.startsWith("Bearer ")) {
            // Constant time: the token must not leak through how long a wrong one takes.
            return MessageDigest.isEqual(token, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
