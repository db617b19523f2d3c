package dk.borgerplan.plan;

import java.util.Objects;

/** The user on whose behalf a change is made. Supplied by the caller (the web layer), never by the client. */
public record Actor(String id, String name) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
