package dk.borgerplan.scales;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dk.borgerplan.platform.Text;

/** A scoring scale, identified by id and version. Levels are ordered by value. */
public record Scale(String id, String version, Text name, Direction direction, String source, List<ScaleLevel> levels) {

    public Scale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        levels = levels.stream().sorted(Comparator.comparingInt(ScaleLevel::value)).toList();
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Scale " + id + " has no levels");
        }
    }

    public Optional<ScaleLevel> level(int value) {
        return levels.stream().filter(level -> level.value() == value).findFirst();
    }

    public int lowest() {
        return levels.get(0).value();
    }

    public int highest() {
        return levels.get(levels.size() - 1).value();
    }

    /** The range as people write it, e.g. {@code 0–4}. */
    public String range() {
        return lowest() + "–" + highest();
    }
}
