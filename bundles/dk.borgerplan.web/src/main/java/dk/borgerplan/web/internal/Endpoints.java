package dk.borgerplan.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;

/** The URLs the HTTP server listens on, as the whiteboard runtime publishes them. */
final class Endpoints {

    private Endpoints() {
    }

    static List<String> of(HttpServiceRuntime runtime) {
        return runtime == null ? List.of() : of(runtime.getRuntimeDTO().serviceDTO.properties
                .get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT));
    }

    static List<String> of(Object property) {
        List<String> endpoints = new ArrayList<>();
        if (property instanceof String single) {
            endpoints.add(single);
        } else if (property instanceof String[] many) {
            endpoints.addAll(List.of(many));
        } else if (property instanceof Collection<?> many) {
            many.forEach(e -> endpoints.add(String.valueOf(e)));
        }
        // An unspecified bind address is reachable as localhost on this machine.
        return endpoints.stream().map(e -> e.replace("://0.0.0.0:", "://localhost:")
                .replace("://127.0.0.1:", "://localhost:")).toList();
    }
}
