package dk.borgerplan.themes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeRef;
import dk.borgerplan.themes.ThemeSystemVersion;

/** The shipped catalogue: what the wheel shows, the real FFB codes, and the crosswalk from VUM 1.0. */
class ThemeCatalogTest {

    static final String FFB = "urn:oid:1.2.208.176.2.22";
    static final String FFB_VERSION = "20240530";
    static final String VUM = "urn:borgerplan:vum";
    static final String VUM_VERSION = "1.0";

    // Codes copied from KL's FFB CodeSystem (shared/reference/ffb-codes.md): a change here is a change of meaning.
    static final ThemeRef EGENOMSORG = ffb("da3f488f-1742-4d00-b247-a7d47500b36b");
    static final ThemeRef RELATIONER = ffb("3856b434-f72e-42a5-b9d1-0cc93f48434b");
    static final ThemeRef PRAKTISKE_OPGAVER = ffb("eef71492-65f5-4297-aa95-3c3a6866ddef");
    static final ThemeRef SAMFUNDSLIV = ffb("dfbe6ff6-223b-436a-b864-8ba29bda41e2");
    static final ThemeRef VARETAGE_EGEN_SUNDHED = ffb("4a58417e-9a75-43f2-9763-66505050159f");
    static final ThemeRef VARETAGE_UDDANNELSE = ffb("8888edfa-642b-4329-9fe3-a9b180e6d3f4");
    static final ThemeRef VARETAGE_BESKAEFTIGELSE = ffb("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d");
    static final ThemeRef VASKE_SIG = ffb("885400cc-dd71-479e-8993-3fc48fdd6710");

    private final BundledThemeCatalog catalog = new BundledThemeCatalog();

    static ThemeRef ffb(String code) {
        return new ThemeRef(FFB, FFB_VERSION, code);
    }

    static ThemeRef vum(String code) {
        return new ThemeRef(VUM, VUM_VERSION, code);
    }

    private static List<String> danish(List<Theme> themes) {
        return themes.stream().map(t -> t.label().in(Locale.ROOT)).toList();
    }

    private String danish(ThemeRef ref) {
        return catalog.find(ref).orElseThrow().label().in(Locale.ROOT);
    }

    @Test
    void theDefaultVersionIsFfbAndComesFirst() {
        ThemeSystemVersion ffb = catalog.defaultVersion();
        assertEquals(FFB, ffb.system());
        assertEquals(FFB_VERSION, ffb.version());
        assertEquals(List.of(ffb.system() + " " + ffb.version(), VUM + " " + VUM_VERSION),
                catalog.systems().stream().map(v -> v.system() + " " + v.version()).toList());
    }

    @Test
    void theSixLifeThemesComeInWheelOrderWithTheirFieldsAndIcons() {
        List<Theme> life = catalog.lifeThemes();
        assertEquals(List.of("Egenomsorg", "Praktiske opgaver", "Mobilitet", "Kommunikation", "Samfundsliv",
                "Relationer"), danish(life));
        assertEquals(List.of("theme.egenomsorg", "theme.praktiske-opgaver", "theme.mobilitet", "theme.kommunikation",
                "theme.samfundsliv", "theme.relationer"), life.stream().map(Theme::icon).toList());
        assertEquals(List.of("egenomsorg", "praktiske-opgaver", "mobilitet", "kommunikation", "samfundsliv",
                "relationer"), life.stream().map(Theme::wheelField).toList());
        life.forEach(theme -> {
            assertTrue(theme.scored() && theme.top(), theme.label().da());
            assertTrue(catalog.defaultVersion().contains(theme.ref()), theme.label().da());
        });
        assertEquals("Self-care", life.get(0).label().in(Locale.ENGLISH));
    }

    @Test
    void everyLifeThemeHasTheSubThemesVum2Lists() {
        List<Theme> life = catalog.lifeThemes();
        assertEquals(List.of(9, 6, 4, 4, 5, 3), life.stream().map(t -> catalog.subThemes(t.ref()).size()).toList());
        assertEquals(List.of("Vaske sig", "Klæde sig af og på", "Gå på toilettet", "Pleje sin krop", "Spise", "Drikke",
                "Varetage egen sundhed", "Varetage sin seksualitet", "Dyrke interesse"),
                danish(catalog.subThemes(EGENOMSORG)));
        assertEquals(List.of("Indgå i samspil og kontakt", "Varetage relationer til netværk",
                "Deltage i sociale fællesskaber og fritidsaktiviteter"), danish(catalog.subThemes(RELATIONER)));
        assertTrue(danish(catalog.subThemes(life.get(3).ref())).contains("Anvende kommunikationsudstyr- og teknikker"));
        assertTrue(danish(catalog.subThemes(life.get(2).ref())).contains("Bære, flytte og håndtere genstande"));
        for (Theme top : life) {
            for (Theme sub : catalog.subThemes(top.ref())) {
                assertEquals(top.ref(), sub.parent().orElseThrow(), sub.label().da());
                assertTrue(sub.scored(), sub.label().da());
                assertNull(sub.icon(), sub.label().da());
                assertTrue(catalog.subThemes(sub.ref()).isEmpty(), sub.label().da());
            }
        }
    }

    @Test
    void codesAreKlsRealFfbCodes() {
        assertEquals("Egenomsorg", danish(EGENOMSORG));
        assertEquals("Relationer", danish(RELATIONER));
        assertEquals("Praktiske opgaver", danish(PRAKTISKE_OPGAVER));
        assertEquals("Varetage egen sundhed", danish(VARETAGE_EGEN_SUNDHED));
        assertEquals("Vaske sig", danish(VASKE_SIG));
        assertEquals("Varetage beskæftigelse", danish(VARETAGE_BESKAEFTIGELSE));
        assertEquals(EGENOMSORG, catalog.lifeThemes().get(0).ref());
        assertEquals(RELATIONER, catalog.lifeThemes().get(5).ref());
        assertEquals(ffb("25c5c614-305f-46cd-9891-55d564fc30cf"),
                catalog.themes(FFB, FFB_VERSION).stream().filter(t -> t.label().da().equals("Mentale funktioner"))
                        .findFirst().orElseThrow().ref());
    }

    @Test
    void educationAndEmploymentGoInTheEmploymentFieldAndTheRestOfSamfundslivStays() {
        assertEquals(Theme.EMPLOYMENT_FIELD, catalog.find(VARETAGE_UDDANNELSE).orElseThrow().wheelField());
        assertEquals(Theme.EMPLOYMENT_FIELD, catalog.find(VARETAGE_BESKAEFTIGELSE).orElseThrow().wheelField());
        List<Theme> employment = catalog.themes(FFB, FFB_VERSION).stream()
                .filter(t -> Theme.EMPLOYMENT_FIELD.equals(t.wheelField())).toList();
        assertEquals(List.of("Varetage uddannelse", "Varetage beskæftigelse"), danish(employment));
        catalog.subThemes(SAMFUNDSLIV).stream().filter(t -> !employment.contains(t))
                .forEach(t -> assertEquals("samfundsliv", t.wheelField(), t.label().da()));
    }

    @Test
    void findGivesLabelsAndTheFirstSentenceOfTheDefinition() {
        Theme washing = catalog.find(VASKE_SIG).orElseThrow();
        assertEquals("Washing oneself", washing.label().in(Locale.ENGLISH));
        assertTrue(washing.description().da().startsWith("At vaske sig er en aktivitet"));
        assertTrue(washing.description().da().endsWith("passende rensemidler."));
        assertEquals(EGENOMSORG.code(), washing.parentCode());
        for (Theme theme : catalog.themes(FFB, FFB_VERSION)) {
            assertFalse(theme.label().en() == null || theme.label().en().isBlank(), theme.label().da());
        }
    }

    @Test
    void anUnknownReferenceFindsNothing() {
        assertTrue(catalog.find(ffb("00000000-0000-0000-0000-000000000000")).isEmpty());
        assertTrue(catalog.find(new ThemeRef(FFB, "20190101", EGENOMSORG.code())).isEmpty());
        assertTrue(catalog.find(vum(EGENOMSORG.code())).isEmpty());
        assertTrue(catalog.find(null).isEmpty());
        assertTrue(catalog.subThemes(ffb("nothing")).isEmpty());
        assertTrue(catalog.themes(FFB, "20190101").isEmpty());
        assertTrue(catalog.crosswalk(ffb("nothing"), VUM, VUM_VERSION).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ThemeRef(FFB, " ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ThemeRef(null, FFB_VERSION, "x"));
    }

    @Test
    void functionsConditionsAndEnvironmentAreThereButNotScoredOrOnTheWheel() {
        List<Theme> unscored = catalog.themes(FFB, FFB_VERSION).stream().filter(t -> !t.scored()).toList();
        assertEquals(List.of("Mentale funktioner", "Fysiske funktioner", "Sundhedsforhold", "Sociale forhold",
                "Omgivelsesfaktorer"), danish(unscored));
        unscored.forEach(t -> {
            assertTrue(t.top(), t.label().da());
            assertNull(t.wheelField(), t.label().da());
        });
        assertEquals(6 + 31 + 5, catalog.themes(FFB, FFB_VERSION).size());
        assertEquals(List.of("Egenomsorg", "Vaske sig"), danish(catalog.themes(FFB, FFB_VERSION).subList(0, 2)));
    }

    @Test
    void vum10HasItsSevenThemes() {
        assertEquals(List.of("Praktiske opgaver i hjemmet", "Samfundsliv", "Socialt liv", "Sundhed", "Kommunikation",
                "Mobilitet", "Egenomsorg"), danish(catalog.themes(VUM, VUM_VERSION)));
        assertEquals("relationer", catalog.find(vum("socialt-liv")).orElseThrow().wheelField());
    }

    @Test
    void vum10CrossesToVum20() {
        assertEquals(List.of(RELATIONER), catalog.crosswalk(vum("socialt-liv"), FFB, FFB_VERSION));
        assertEquals(List.of(VARETAGE_EGEN_SUNDHED), catalog.crosswalk(vum("sundhed"), FFB, FFB_VERSION));
        assertEquals(List.of(PRAKTISKE_OPGAVER),
                catalog.crosswalk(vum("praktiske-opgaver-i-hjemmet"), FFB, FFB_VERSION));
        for (Theme old : catalog.themes(VUM, VUM_VERSION)) {
            assertEquals(1, catalog.crosswalk(old.ref(), FFB, FFB_VERSION).size(), old.label().da());
        }
    }

    @Test
    void vum20CrossesBackWhereAMappingExists() {
        assertEquals(List.of(vum("socialt-liv")), catalog.crosswalk(RELATIONER, VUM, VUM_VERSION));
        assertEquals(List.of(vum("sundhed")), catalog.crosswalk(VARETAGE_EGEN_SUNDHED, VUM, VUM_VERSION));
        assertEquals(List.of(vum("egenomsorg")), catalog.crosswalk(EGENOMSORG, VUM, VUM_VERSION));
        assertEquals(List.of(), catalog.crosswalk(VASKE_SIG, VUM, VUM_VERSION), "no guessing from the parent");
        assertEquals(List.of(), catalog.crosswalk(RELATIONER, FFB, "20190101"), "no crosswalk to that version");
        assertEquals(List.of(RELATIONER), catalog.crosswalk(RELATIONER, FFB, FFB_VERSION), "its own version");
    }
}
