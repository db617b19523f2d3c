package dk.borgerplan.themes;

/**
 * What a plan stores to name a theme: the code system, its version and the code. A code alone is not enough —
 * the same word means different things in VUM 1.0 and VUM 2.0 — so all three parts are required.
 *
 * @param system the code system, e.g. {@code urn:oid:1.2.208.176.2.22} for KL's FFB
 * @param version the version of the code system, e.g. {@code 20240530}
 * @param code the theme's code within that version
 */
public record ThemeRef(String system, String version, String code) {

    public ThemeRef {
        require(system, "system");
        require(version, "version");
        require(code, "code");
    }

    private static void require(String part, String name) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("A theme reference needs its " + name);
        }
    }
}
