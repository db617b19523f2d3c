package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A row of an ordered element collection that stores its own place as well. EclipseLink does not write a new order
 * of value-equal embeddables under {@code @OrderColumn} alone (a reorder was silently lost); a place in the row
 * makes the moved rows differ, so they are written.
 */
interface OrderedRow {

    int place();

    void place(int place);

    /** The rows, each told its place (0 first). */
    static <R extends OrderedRow> ArrayList<R> numbered(List<R> rows) {
        ArrayList<R> numbered = new ArrayList<>(rows);
        for (int i = 0; i < numbered.size(); i++) {
            numbered.get(i).place(i);
        }
        return numbered;
    }

    /** The rows by their stored place. */
    static <R extends OrderedRow> List<R> inOrder(List<R> rows) {
        return rows.stream().sorted(Comparator.comparingInt(OrderedRow::place)).toList();
    }
}
