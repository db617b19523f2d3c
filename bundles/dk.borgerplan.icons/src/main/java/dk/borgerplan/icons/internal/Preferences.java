package dk.borgerplan.icons.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the administrator decided about the packs: an order (pack ids, first wins; packs not named follow by rank)
 * and the packs switched off. Both are kept in configuration (PID {@code dk.borgerplan.icons}), so they survive a
 * restart; a pack named here that is not installed is simply skipped.
 *
 * @param order pack ids in precedence order, no duplicates
 * @param disabled pack ids that are installed but not served
 */
record Preferences(List<String> order, Set<String> disabled) {

    static final Preferences NONE = new Preferences(List.of(), Set.of());

    Preferences {
        order = List.copyOf(new LinkedHashSet<>(order));
        disabled = Set.copyOf(disabled);
    }

    /** From the configuration's comma-separated lists; blanks and repeats are dropped. */
    static Preferences parse(String order, String disabled) {
        return new Preferences(split(order), new LinkedHashSet<>(split(disabled)));
    }

    static List<String> split(String list) {
        List<String> ids = new ArrayList<>();
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    Preferences withOrder(List<String> newOrder) {
        return new Preferences(newOrder, disabled);
    }

    Preferences withDisabled(String packId, boolean off) {
        Set<String> next = new LinkedHashSet<>(disabled);
        if (off) {
            next.add(packId);
        } else {
            next.remove(packId);
        }
        return new Preferences(order, next);
    }

    String orderText() {
        return String.join(",", order);
    }

    String disabledText() {
        return String.join(",", disabled.stream().sorted().toList());
    }
}
