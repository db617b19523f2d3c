package dk.borgerplan.persistence.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;

/**
 * One entry in a field of the visual plan. All fields share one table: {@code FIELD} says which (resource,
 * employment, theme), and a theme field's rows carry the theme's reference and label.
 */
@Embeddable
public class FieldEntryRow implements OrderedRow {

    @Column(name = "PLACE", nullable = false)
    private int place;

    @Override
    public int place() {
        return place;
    }

    @Override
    public void place(int newPlace) {
        this.place = newPlace;
    }

    static final String RESOURCE = "RESOURCE";
    static final String EMPLOYMENT = "EMPLOYMENT";
    static final String THEME = "THEME";

    @Column(name = "FIELD", length = 20, nullable = false)
    private String field;

    @Column(name = "THEME_SYSTEM", length = 100)
    private String themeSystem;

    @Column(name = "THEME_VERSION", length = 40)
    private String themeVersion;

    @Column(name = "THEME_CODE", length = 100)
    private String themeCode;

    @Column(name = "THEME_LABEL", length = 200)
    private String themeLabel;

    @Column(name = "TEXT", length = 2000)
    private String text;

    @Column(name = "ICONS", length = 1000, nullable = false)
    private String icons;

    protected FieldEntryRow() {
    }

    FieldEntryRow(String field, ThemeUse theme, FieldEntry entry) {
        this.field = field;
        if (theme != null) {
            this.themeSystem = theme.ref().system();
            this.themeVersion = theme.ref().version();
            this.themeCode = theme.ref().code();
            this.themeLabel = theme.label();
        }
        this.text = entry.text();
        this.icons = String.join(",", entry.icons());
    }

    String field() {
        return field;
    }

    ThemeUse theme() {
        return themeSystem == null ? null
                : new ThemeUse(new ThemeRef(themeSystem, themeVersion, themeCode), themeLabel);
    }

    FieldEntry entry() {
        return new FieldEntry(text, icons.isEmpty() ? List.of() : List.of(icons.split(",")));
    }
}
