package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconImage;
import dk.borgerplan.icons.IconPack;

class CatalogStateTest {

    /** A second pack that also draws theme.egenomsorg, plus a concept of its own. */
    private static TestPack other(long bundleId) {
        TestPack pack = TestPack.valid().id("dk.example.other", bundleId);
        pack.icons.clear();
        pack.icon("theme.egenomsorg", "care.svg", "Egenomsorg", "Self-care", List.of(), List.of("egenomsorg"));
        pack.icon("prep.dreams", "dreams.svg", "Mine drømme", "My dreams", List.of("ønsker"), List.of());
        pack.file("icons/care.svg", TestPack.SQUARE).file("icons/dreams.svg", TestPack.CIRCLE);
        return pack;
    }

    @Test
    void amongEqualRanksTheOlderBundleWins() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(other(20).load()).install(TestPack.valid().load());

        assertEquals(List.of("dk.example.icons", "dk.example.other"), state.packs().stream().map(IconPack::id).toList());
        assertEquals("dk.example.icons", state.icon("theme.egenomsorg").orElseThrow().packId());
        assertArrayEquals(TestPack.CIRCLE.getBytes(), state.image("theme.egenomsorg").orElseThrow().bytes());
    }

    @Test
    void aHigherRankWinsOverAnOlderBundle() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).rank("5").load());

        assertEquals("dk.example.other", state.packs().get(0).id());
        assertEquals("dk.example.other", state.icon("theme.egenomsorg").orElseThrow().packId());
        assertArrayEquals(TestPack.SQUARE.getBytes(), state.image("theme.egenomsorg").orElseThrow().bytes());
        // Concepts only the lower pack has are still served from it.
        assertEquals("dk.example.icons", state.icon("theme.mobilitet").orElseThrow().packId());
    }

    @Test
    void iconsListsEachConceptOnceSortedByConceptId() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).load());

        assertEquals(List.of("prep.dreams", "theme.egenomsorg", "theme.mobilitet"),
                state.icons().stream().map(Icon::conceptId).toList());
        assertEquals(2, state.packs().get(1).iconCount());
    }

    @Test
    void whenTheWinningPackGoesTheNextOneServesTheConcept() throws PackRefused {
        CatalogState both = CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).load());

        CatalogState rest = both.remove("dk.example.icons", both.generation("dk.example.icons").getAsLong());

        assertEquals("dk.example.other", rest.icon("theme.egenomsorg").orElseThrow().packId());
        assertTrue(rest.icon("theme.mobilitet").isEmpty());
        // The old snapshot is untouched: a reader holding it sees a consistent catalogue.
        assertEquals("dk.example.icons", both.icon("theme.egenomsorg").orElseThrow().packId());
    }

    @Test
    void removingAnOlderGenerationChangesNothing() throws PackRefused {
        CatalogState first = CatalogState.EMPTY.install(TestPack.valid().load());
        long old = first.generation("dk.example.icons").getAsLong();
        CatalogState second = first.install(TestPack.valid().version("1.1.0").load());

        assertSame(second, second.remove("dk.example.icons", old));
        assertSame(second, second.remove("dk.example.unknown", old));
    }

    @Test
    void theEtagChangesWhenTheBytesChange() throws PackRefused {
        String before = etag(TestPack.valid());
        TestPack redrawn = TestPack.valid();
        redrawn.file("icons/egenomsorg.svg", TestPack.SQUARE);

        assertNotEquals(before, etag(redrawn));
        assertEquals(before, etag(TestPack.valid()));
        assertNotEquals(before, etag(TestPack.valid().version("1.0.1")));
        assertTrue(before.matches("[0-9a-f]{32}"), before);
    }

    @Test
    void theEtagFollowsTheWinningPack() throws PackRefused {
        CatalogState one = CatalogState.EMPTY.install(TestPack.valid().load());
        CatalogState two = one.install(other(20).rank("1").load());

        assertNotEquals(one.image("theme.egenomsorg").orElseThrow().etag(),
                two.image("theme.egenomsorg").orElseThrow().etag());
    }

    @Test
    void anImageIsACopyThatCallersCannotChange() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().load());
        IconImage image = state.image("theme.egenomsorg").orElseThrow();

        image.bytes()[0] = 'X';

        assertArrayEquals(TestPack.CIRCLE.getBytes(), state.image("theme.egenomsorg").orElseThrow().bytes());
        assertEquals(image, state.image("theme.egenomsorg").orElseThrow());
    }

    @Test
    void searchIgnoresCaseAndLooksInKeywordsAndBothLabels() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).load());

        assertEquals(List.of("theme.egenomsorg"), conceptIds(state.search("VASKE")));
        assertEquals(List.of("theme.mobilitet"), conceptIds(state.search("Gå")));
        assertEquals(List.of("theme.egenomsorg"), conceptIds(state.search("egenom")));
        assertEquals(List.of("theme.mobilitet"), conceptIds(state.search("mobility")));
        assertEquals(List.of("prep.dreams"), conceptIds(state.search("DRØMME")));
        assertEquals(List.of("prep.dreams", "theme.egenomsorg", "theme.mobilitet"), conceptIds(state.search("e")));
        assertEquals(List.of(), state.search("cykel"));
        assertEquals(List.of(), state.search(" "));
        assertEquals(List.of(), state.search(null));
    }

    @Test
    void byThemeFindsTheIconsOfOneTheme() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().load()).install(other(20).load());

        assertEquals(List.of("theme.egenomsorg"), conceptIds(state.byTheme("egenomsorg")));
        assertEquals(List.of("theme.mobilitet"), conceptIds(state.byTheme("Mobilitet")));
        assertEquals(List.of(), state.byTheme("relationer"));
        assertEquals(List.of(), state.byTheme(null));
    }

    @Test
    void anEmptyCatalogueAnswersEverythingEmpty() {
        assertEquals(List.of(), CatalogState.EMPTY.packs());
        assertEquals(List.of(), CatalogState.EMPTY.icons());
        assertTrue(CatalogState.EMPTY.icon("theme.egenomsorg").isEmpty());
        assertTrue(CatalogState.EMPTY.image(null).isEmpty());
    }

    private static String etag(TestPack pack) throws PackRefused {
        return CatalogState.EMPTY.install(pack.load()).image("theme.egenomsorg").orElseThrow().etag();
    }

    private static List<String> conceptIds(List<Icon> icons) {
        return icons.stream().map(Icon::conceptId).toList();
    }
}
