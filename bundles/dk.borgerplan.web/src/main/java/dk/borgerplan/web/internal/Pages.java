package dk.borgerplan.web.internal;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import dk.borgerplan.plan.Page;

/**
 * Pages a short list the plan model returns whole (a citizen's cycles, plans, revisions: one a year), so that every
 * listing endpoint answers the same way: {@code {items, offset, limit, total}} from {@code ?offset=&limit=}.
 */
final class Pages {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private Pages() {
    }

    static <T, V> Page<V> of(HttpServletRequest request, List<T> all, Function<T, V> view) {
        int offset = ApiServlet.intParameter(request, "offset", 0);
        int limit = Math.max(1, Math.min(MAX_LIMIT, ApiServlet.intParameter(request, "limit", DEFAULT_LIMIT)));
        List<V> items = all.stream().skip(offset).limit(limit).map(view).toList();
        return new Page<>(items, offset, limit, all.size());
    }
}
