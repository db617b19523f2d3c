package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconImage;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.platform.Health;

class IconHealthCheckTest {

    @Test
    void withoutAnActivePackTheIconsAreDown() {
        Health health = new IconHealthCheck(catalog(CatalogState.EMPTY)).check();

        assertFalse(health.isUp());
        assertEquals("no icon pack is active", health.details().get("reason"));
    }

    @Test
    void theActivePacksAreListedWithVersionAndIconCount() throws PackRefused {
        CatalogState state = CatalogState.EMPTY.install(TestPack.valid().version("1.2.0").load());
        IconHealthCheck check = new IconHealthCheck(catalog(state));

        Health health = check.check();

        assertEquals("icons", check.part());
        assertTrue(health.isUp());
        assertEquals(List.of(Map.of("id", "dk.example.icons", "version", "1.2.0", "icons", 2)),
                health.details().get("packs"));
    }

    private static IconCatalog catalog(CatalogState state) {
        return new IconCatalog() {
            @Override
            public List<IconPack> packs() {
                return state.packs();
            }

            @Override
            public List<Icon> icons() {
                return state.icons();
            }

            @Override
            public Optional<Icon> icon(String conceptId) {
                return state.icon(conceptId);
            }

            @Override
            public Optional<IconImage> image(String conceptId) {
                return state.image(conceptId);
            }

            @Override
            public List<Icon> byTheme(String theme) {
                return state.byTheme(theme);
            }

            @Override
            public List<Icon> search(String keyword) {
                return state.search(keyword);
            }
        };
    }
}
