package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.borgerplan.icons.IconPack;

/** The administrator's order, disabled packs, override pictures and remembered labels in one snapshot. */
class PrecedenceTest {

    private static TestPack other(long bundleId) {
        TestPack pack = TestPack.valid().id("dk.example.other", bundleId);
        pack.icons.clear();
        pack.icon("theme.egenomsorg", "care.svg", "Omsorg", "Care", List.of(), List.of("egenomsorg"));
        pack.file("icons/care.svg", TestPack.SQUARE);
        return pack;
    }

    private static CatalogState twoPacks() throws PackRefused {
        // The other pack has the higher rank: without an order it wins.
        return CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).rank("5").load());
    }

    private static List<String> ids(CatalogState state) {
        return state.packs().stream().map(IconPack::id).toList();
    }

    @Test
    void theAdministratorsOrderComesBeforeRank() throws PackRefused {
        CatalogState state = twoPacks().withPreferences(new Preferences(List.of("dk.example.icons"), Set.of()));

        assertEquals(List.of("dk.example.icons", "dk.example.other"), ids(state));
        assertEquals("dk.example.icons", state.icon("theme.egenomsorg").orElseThrow().packId());
        assertArrayEquals(TestPack.CIRCLE.getBytes(), state.image("theme.egenomsorg").orElseThrow().bytes());
    }

    @Test
    void packsNotNamedFollowByRankAndUnknownNamesAreSkipped() throws PackRefused {
        CatalogState state = twoPacks().install(TestPack.valid().id("dk.example.third", 30).load())
                .withPreferences(new Preferences(List.of("dk.not.installed", "dk.example.third"), Set.of()));

        assertEquals(List.of("dk.example.third", "dk.example.other", "dk.example.icons"), ids(state));
    }

    @Test
    void theSamePreferencesKeepTheSnapshot() throws PackRefused {
        CatalogState state = twoPacks().withPreferences(Preferences.parse("dk.example.icons", ""));

        assertSame(state, state.withPreferences(Preferences.parse(" dk.example.icons ,", "")));
    }

    @Test
    void aDisabledPackIsInstalledButNotServed() throws PackRefused {
        CatalogState state = twoPacks().withPreferences(Preferences.parse("", "dk.example.other"));

        assertEquals(List.of("dk.example.icons"), ids(state));
        assertEquals(2, state.allPacks().size());
        assertFalse(state.active("dk.example.other"));
        assertEquals("dk.example.icons", state.icon("theme.egenomsorg").orElseThrow().packId());
        // Enabled again, it wins at once: nothing is read again.
        assertEquals("dk.example.other",
                state.withPreferences(Preferences.NONE).icon("theme.egenomsorg").orElseThrow().packId());
    }

    @Test
    void anOverrideReplacesThePictureAndKeepsThePacksWords() throws PackRefused {
        CatalogState state = twoPacks();
        String packEtag = state.image("theme.egenomsorg").orElseThrow().etag();
        byte[] picture = TestPack.CIRCLE.replace("#2a7", "#a27").getBytes();

        CatalogState overridden = state.withOverrides(
                Map.of("theme.egenomsorg", OverrideFile.of("theme.egenomsorg", PackReader.SVG, picture)));

        assertArrayEquals(picture, overridden.image("theme.egenomsorg").orElseThrow().bytes());
        assertNotEquals(packEtag, overridden.image("theme.egenomsorg").orElseThrow().etag());
        assertEquals("Omsorg", overridden.icon("theme.egenomsorg").orElseThrow().label().da());
        assertEquals(OverrideFile.PACK_ID, overridden.icon("theme.egenomsorg").orElseThrow().packId());
        // The override outlives a change of packs, and goes with its file.
        CatalogState reordered = overridden.withPreferences(Preferences.parse("dk.example.icons", ""));
        assertArrayEquals(picture, reordered.image("theme.egenomsorg").orElseThrow().bytes());
        assertEquals("Egenomsorg", reordered.icon("theme.egenomsorg").orElseThrow().label().da());
        assertEquals(packEtag.length(), reordered.withOverrides(Map.of()).image("theme.egenomsorg").orElseThrow()
                .etag().length());
        assertArrayEquals(TestPack.SQUARE.getBytes(),
                overridden.withOverrides(Map.of()).image("theme.egenomsorg").orElseThrow().bytes());
    }

    @Test
    void anOverrideForAConceptNoPackHasIsNotServed() throws PackRefused {
        CatalogState state = twoPacks().withOverrides(
                Map.of("prep.unknown", OverrideFile.of("prep.unknown", PackReader.SVG, TestPack.CIRCLE.getBytes())));

        assertTrue(state.image("prep.unknown").isEmpty());
        assertTrue(state.unknown("prep.unknown"));
    }

    @Test
    void theLabelOfAConceptIsRememberedAfterItsPackIsGone() throws PackRefused {
        CatalogState state = twoPacks();
        long generation = state.generation("dk.example.icons").orElseThrow();
        CatalogState without = state.remove("dk.example.icons", generation).drop("dk.example.other");

        assertTrue(without.image("theme.mobilitet").isEmpty());
        assertEquals("Mobilitet", without.label("theme.mobilitet").orElseThrow().da());
        // The winning pack's label is the one remembered.
        assertEquals("Omsorg", without.label("theme.egenomsorg").orElseThrow().da());
        assertTrue(without.label("prep.never").isEmpty());
    }
}
