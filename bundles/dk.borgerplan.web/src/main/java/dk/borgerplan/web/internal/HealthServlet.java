package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.method.Method;
import dk.borgerplan.platform.Health;
import dk.borgerplan.platform.HealthCheck;

/**
 * {@code GET /api/health}: the state of each part — the HTTP server, the store, and every plugin (methods, icon
 * packs) — for an operator or a load balancer. 200 when all parts are up, 503 otherwise.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/health")
public class HealthServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** Parts that must be there; a missing one is reported as down rather than silently left out. */
    static final List<String> REQUIRED_PARTS = List.of("store");

    // Dynamic references as volatile immutable lists: SCR replaces the whole list, so readers need no lock.
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<HealthCheck> checks = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<Method> methods = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HttpServiceRuntime http;

    record PartView(Health.Status status, Map<String, Object> details) {
    }

    record HealthView(Health.Status status, Map<String, PartView> parts) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthView health = health();
        json(response, health.status() == Health.Status.UP ? 200 : 503, health);
    }

    HealthView health() {
        Map<String, PartView> parts = new LinkedHashMap<>();
        HttpServiceRuntime runtime = http;
        parts.put("http", runtime == null ? new PartView(Health.Status.DOWN, Map.of("reason", "no HTTP runtime"))
                : new PartView(Health.Status.UP, Map.of("endpoints", Endpoints.of(runtime))));
        for (HealthCheck check : checks) {
            Health health = safely(check);
            parts.put(check.part(), new PartView(health.status(), health.details()));
        }
        for (String required : REQUIRED_PARTS) {
            parts.putIfAbsent(required, new PartView(Health.Status.DOWN, Map.of("reason", "not started")));
        }
        for (Method method : methods) {
            parts.put("method." + method.id(), new PartView(Health.Status.UP,
                    Map.of("name", method.name().da(), "phases", method.phases().size())));
        }
        boolean allUp = parts.values().stream().allMatch(part -> part.status() == Health.Status.UP);
        return new HealthView(allUp ? Health.Status.UP : Health.Status.DOWN, parts);
    }

    private static Health safely(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return Health.down("the check failed: " + e.getClass().getSimpleName());
        }
    }
}
