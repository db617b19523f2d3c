/**
 * Life themes as a versioned catalogue. A plan stores a theme as a {@link dk.borgerplan.themes.ThemeRef} — system,
 * version and code — with the label kept alongside, never a bare label or a bare code, because the vocabulary
 * changes between versions (VUM 1.0's seven themes became VUM 2.0's six FFB themes). The
 * {@link dk.borgerplan.themes.ThemeCatalog} service resolves references and crosses them between versions.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.themes;
