package dk.borgerplan.icons.internal;

import java.util.List;

/** A pack that failed validation. It is refused whole; the problems say why, most important first. */
final class PackRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** How many problems the one log line names; the rest are counted. */
    static final int SHOWN = 3;

    private final transient List<String> problems;

    PackRefused(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    PackRefused(String problem) {
        this(List.of(problem));
    }

    List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
        return problems.size() <= SHOWN ? shown : shown + " (and " + (problems.size() - SHOWN) + " more)";
    }
}
