package dk.borgerplan.plan;

/** A theme as chosen: system, version and code from the theme catalogue (GET /api/themes gives them). */
public record ThemeDraft(String system, String version, String code) {
}
