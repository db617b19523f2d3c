package dk.borgerplan.plan;

import java.util.List;

/** One page of a listing. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
