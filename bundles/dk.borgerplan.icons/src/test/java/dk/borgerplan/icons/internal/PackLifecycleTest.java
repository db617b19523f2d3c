package dk.borgerplan.icons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.icons.IconPack;

class PackLifecycleTest {

    /** Holds scheduled removals until the test lets the grace period pass. */
    private final List<Runnable> pending = new ArrayList<>();
    private final PackLifecycle lifecycle = new PackLifecycle((task, delay) -> pending.add(task), 5000);

    private void gracePeriodPasses() {
        List<Runnable> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    private List<String> served() {
        return lifecycle.current().packs().stream().map(p -> p.id() + " " + p.version()).toList();
    }

    private static TestPack broken(TestPack pack) {
        pack.json.remove("licence");
        return pack;
    }

    @Test
    void aBrokenPackIsRefusedAndThePreviousStateStaysInService() {
        lifecycle.added(TestPack.valid().source());
        CatalogState before = lifecycle.current();

        PackLifecycle.Tracked tracked = lifecycle.added(broken(TestPack.valid().id("dk.example.other", 11)).source());

        assertSame(before, lifecycle.current());
        assertTrue(tracked.generation().isEmpty());
        lifecycle.removed(tracked);
        gracePeriodPasses();
        assertSame(before, lifecycle.current());
    }

    @Test
    void aStoppedPackIsServedUntilTheGracePeriodHasPassed() {
        PackLifecycle.Tracked tracked = lifecycle.added(TestPack.valid().source());

        lifecycle.removed(tracked);
        assertEquals(List.of("dk.example.icons 1.0.0"), served());

        gracePeriodPasses();
        assertEquals(List.of(), served());
    }

    @Test
    void withoutAGracePeriodAStoppedPackGoesAtOnce() {
        PackLifecycle immediate = new PackLifecycle((task, delay) -> pending.add(task), 0);
        immediate.removed(immediate.added(TestPack.valid().source()));

        assertEquals(List.of(), immediate.current().packs());
        assertTrue(pending.isEmpty());
    }

    @Test
    void aJarReplacedThroughFileInstallIsServedThroughoutItsTwoRemoveAddCycles() {
        PackLifecycle.Tracked v1 = lifecycle.added(TestPack.valid().source());
        String oldEtag = lifecycle.current().image("theme.egenomsorg").orElseThrow().etag();
        TestPack v2 = TestPack.valid().version("1.1.0");
        v2.file("icons/egenomsorg.svg", TestPack.SQUARE);

        // Cycle 1: update stops the bundle, then starts the new content.
        lifecycle.removed(v1);
        assertEquals(List.of("dk.example.icons 1.0.0"), served());
        PackLifecycle.Tracked first = lifecycle.added(v2.source());
        assertEquals(List.of("dk.example.icons 1.1.0"), served());
        // Cycle 2: the refresh stops and starts it again.
        lifecycle.removed(first);
        assertEquals(List.of("dk.example.icons 1.1.0"), served());
        PackLifecycle.Tracked second = lifecycle.added(v2.source());

        gracePeriodPasses();

        assertEquals(List.of("dk.example.icons 1.1.0"), served());
        assertNotEquals(oldEtag, lifecycle.current().image("theme.egenomsorg").orElseThrow().etag());
        lifecycle.removed(second);
        gracePeriodPasses();
        assertEquals(List.of(), served());
    }

    @Test
    void addingTheSamePackTwiceChangesNothing() {
        lifecycle.added(TestPack.valid().source());
        CatalogState once = lifecycle.current();

        lifecycle.added(TestPack.valid().source());

        assertEquals(once.packs(), lifecycle.current().packs());
        assertEquals(once.icons(), lifecycle.current().icons());
        assertEquals(once.image("theme.egenomsorg"), lifecycle.current().image("theme.egenomsorg"));
    }

    @Test
    void removingTheSameBundleTwiceRemovesItOnce() {
        PackLifecycle.Tracked tracked = lifecycle.added(TestPack.valid().source());
        lifecycle.added(other().source());

        lifecycle.removed(tracked);
        lifecycle.removed(tracked);
        gracePeriodPasses();

        assertEquals(List.of("dk.example.other 1.0.0"), served());
    }

    @Test
    void aBrokenNewVersionLeavesTheOldVersionInServiceUntilItsBundleStops() {
        PackLifecycle.Tracked v1 = lifecycle.added(TestPack.valid().source());
        lifecycle.removed(v1);

        PackLifecycle.Tracked v2 = lifecycle.added(broken(TestPack.valid().version("2.0.0")).source());
        gracePeriodPasses();
        assertEquals(List.of("dk.example.icons 1.0.0"), served());

        lifecycle.removed(v2);
        gracePeriodPasses();
        assertEquals(List.of(), served());
    }

    @Test
    void aReinstalledPackUnderANewBundleIdIsNotRemovedByTheOldBundleGoing() {
        PackLifecycle.Tracked old = lifecycle.added(TestPack.valid().source());
        lifecycle.added(TestPack.valid().id("dk.example.icons", 42).version("1.1.0").source());

        lifecycle.removed(old);
        gracePeriodPasses();

        assertEquals(List.of("dk.example.icons 1.1.0"), served());
        assertEquals(42, lifecycle.current().pack("dk.example.icons").orElseThrow().bundleId());
    }

    @Test
    void aReaderHoldingASnapshotKeepsAConsistentView() {
        lifecycle.added(TestPack.valid().source());
        CatalogState reading = lifecycle.current();

        lifecycle.added(TestPack.valid().version("1.1.0").source());

        assertEquals(List.of("1.0.0"), reading.packs().stream().map(IconPack::version).toList());
        assertEquals(List.of("dk.example.icons 1.1.0"), served());
    }

    private static TestPack other() {
        TestPack pack = TestPack.valid().id("dk.example.other", 11);
        pack.icons.remove(1);
        return pack;
    }
}
