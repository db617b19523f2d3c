package dk.borgerplan.generator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;

/**
 * What generated plans are made of, taken from the platform's catalogues when the run starts: the life themes of the
 * default theme version with their sub-themes, the icons of each wheel field, and the scale goals are scored on.
 * Everything in a generated plan refers to these, so the plans read like plans made in the UI.
 *
 * @param lifeThemes the scored top themes, in wheel order
 * @param subThemes per top theme (by wheel field), its sub-themes as a goal stores them
 * @param icons per wheel field (and {@code resource} for the resource field), the icon concept ids to pick from
 * @param scale the scale goals are scored on (FKO: 0 = no limitation … 4 = total limitation, lower is better)
 */
record Vocabulary(List<LifeTheme> lifeThemes, Map<String, List<ThemeUse>> subThemes, Map<String, List<String>> icons,
        Scale scale) {

    /** A life theme of the wheel: how a plan stores it, its wheel field, and its own icon. */
    record LifeTheme(ThemeUse use, String wheelField, String icon) {
    }

    /** The vocabulary of the running platform; icons come from the active packs, else the themes' own icons. */
    static Vocabulary of(ThemeCatalog themes, ScaleCatalog scales, List<Icon> activeIcons) {
        List<LifeTheme> lifeThemes = new ArrayList<>();
        Map<String, List<ThemeUse>> subThemes = new LinkedHashMap<>();
        Map<String, List<String>> icons = new LinkedHashMap<>();
        for (Theme theme : themes.lifeThemes()) {
            String field = theme.wheelField();
            lifeThemes.add(new LifeTheme(new ThemeUse(theme.ref(), theme.label().da()), field, theme.icon()));
            List<ThemeUse> subs = new ArrayList<>();
            for (Theme sub : themes.subThemes(theme.ref())) {
                if (sub.scored()) {
                    subs.add(new ThemeUse(sub.ref(), sub.label().da()));
                }
            }
            subThemes.put(field, List.copyOf(subs));
            List<String> fieldIcons = new ArrayList<>();
            for (Icon icon : activeIcons) {
                if (icon.themes().contains(field)) {
                    fieldIcons.add(icon.conceptId());
                }
            }
            if (fieldIcons.isEmpty() && theme.icon() != null) {
                fieldIcons.add(theme.icon());
            }
            icons.put(field, List.copyOf(fieldIcons));
        }
        List<String> resource = new ArrayList<>();
        List<String> employment = new ArrayList<>();
        for (Icon icon : activeIcons) {
            if (icon.conceptId().startsWith("resource.")) {
                resource.add(icon.conceptId());
            }
            if (icon.themes().contains(Theme.EMPLOYMENT_FIELD)) {
                employment.add(icon.conceptId());
            }
        }
        icons.put("resource", List.copyOf(resource));
        icons.put(Theme.EMPLOYMENT_FIELD, List.copyOf(employment));
        Scale scale = scales.find("fko").orElseThrow(() -> new IllegalStateException("The FKO scale is missing"));
        if (lifeThemes.isEmpty()) {
            throw new IllegalStateException("The theme catalogue has no life themes");
        }
        return new Vocabulary(List.copyOf(lifeThemes), Map.copyOf(subThemes), Map.copyOf(icons), scale);
    }

    List<String> icons(String field) {
        return icons.getOrDefault(field, List.of());
    }
}
