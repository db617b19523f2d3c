package dk.borgerplan.web.internal;

import java.util.regex.Pattern;

/** Ids in paths are random UUIDs; anything else cannot exist and is not looked up. */
final class Ids {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    static boolean plausible(String id) {
        return id != null && UUID.matcher(id).matches();
    }
}
