package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.plan.spi.ProgressionStore.CitizenCount;
import dk.borgerplan.plan.spi.ProgressionStore.GoalCount;
import dk.borgerplan.plan.spi.ProgressionStore.ProgressionCounts;
import dk.borgerplan.themes.ThemeRef;

/** The progression report's grouped counts against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaProgressionStoreTest {

    private static final Stamp STAMP = new Stamp("tester", Instant.parse("2026-11-22T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ThemeUse COOKING = new ThemeUse(new ThemeRef("ffb", "2.0", "praktiske-opgaver.lave-mad"),
            "Lave mad");

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaPlanStore plans;
    private JpaProgressionStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        plans = new JpaPlanStore(database);
        store = new JpaProgressionStore(database, null);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Citizen citizen(String municipality, Offer... offers) {
        return plans.insertCitizen(new Citizen(UUID.randomUUID().toString(), "Testborger", null, Set.of(),
                municipality, null, List.of(offers), List.of(), PlanLook.COLOURFUL, false, 0, STAMP, STAMP));
    }

    private static Offer offer(String name, String provider) {
        return new Offer(UUID.randomUUID().toString(), OfferKind.values()[0], name, provider, null);
    }

    private PlanCycle cycle(Citizen citizen, int number) {
        return plans.insertCycle(new PlanCycle(UUID.randomUUID().toString(), citizen.id(), number,
                CycleStage.values()[0], List.of(), 0, STAMP, STAMP));
    }

    private static Goal goal(int number, GoalType type, int current, int expected, Integer reviewed,
            ThemeUse theme, String... offerIds) {
        GoalReview review = reviewed == null ? null
                : new GoalReview(new Score("fko", "1", reviewed), ReviewOutcome.CONTINUE, null, STAMP);
        return new Goal(null, null, number, "Jeg mål " + number, null, null, theme, null, List.of(), type,
                new Score("fko", "1", current), new Score("fko", "1", expected), null, null, List.of(offerIds),
                GoalStatus.ACTIVE, null, review);
    }

    private void plan(Citizen citizen, PlanCycle cycle, Goal... goals) {
        plans.insertPlan(new Plan(UUID.randomUUID().toString(), citizen.id(), cycle == null ? null : cycle.id(),
                "Jeg vil", List.of(goals), null, null, null, null, null, null, 1, List.of(), 0, STAMP, STAMP));
    }

    private static long goals(ProgressionCounts counts, String key, int cycle) {
        return counts.goals().stream().filter(g -> java.util.Objects.equals(g.key(), key) && g.cycleNumber() == cycle)
                .mapToLong(GoalCount::goals).sum();
    }

    static long citizens(ProgressionCounts counts, String key, int cycle) {
        return counts.citizens().stream()
                .filter(c -> java.util.Objects.equals(c.key(), key) && c.cycleNumber() == cycle)
                .mapToLong(CitizenCount::citizens).sum();
    }

    @Test
    void goalsAreCountedPerMunicipalityCycleAndScoresWithDistinctCitizens() {
        Citizen a = citizen("730");
        Citizen b = citizen("730");
        Citizen c = citizen(null);
        PlanCycle a1 = cycle(a, 1);
        PlanCycle a2 = cycle(a, 2);
        plan(a, a1, goal(1, GoalType.DEVELOP, 3, 2, 2, null), goal(2, GoalType.DEVELOP, 3, 2, 2, null),
                goal(3, GoalType.MAINTAIN, 2, 2, null, null));
        plan(a, a2, goal(1, GoalType.DEVELOP, 2, 1, 1, null));
        plan(b, cycle(b, 1), goal(1, GoalType.DEVELOP, 3, 2, 2, null));
        plan(c, cycle(c, 1), goal(1, GoalType.LIMIT_LOSS, 1, 2, 2, null));
        plan(c, null, goal(1, GoalType.DEVELOP, 4, 1, 1, null)); // in no cycle: not counted

        ProgressionCounts counts = store.counts(ProgressionGrouping.MUNICIPALITY, ProgressionScope.everyone(), TODAY);
        GoalCount developed = counts.goals().stream().filter(g -> "730".equals(g.key()) && g.cycleNumber() == 1
                && g.goalType().equals("DEVELOP")).findFirst().orElseThrow();
        assertEquals(new GoalCount("730", "730", 1, "DEVELOP", "fko", 3, 2, "fko", 2, 3), developed);
        GoalCount unreviewed = counts.goals().stream().filter(g -> g.goalType().equals("MAINTAIN")).findFirst()
                .orElseThrow();
        assertEquals(null, unreviewed.reviewed());
        assertEquals(null, unreviewed.reviewScale());
        assertEquals(4, goals(counts, "730", 1));
        assertEquals(2, citizens(counts, "730", 1));
        assertEquals(1, goals(counts, "730", 2));
        assertEquals(1, citizens(counts, "730", 2));
        assertEquals(1, goals(counts, null, 1), "no acting municipality: the group without a key");
        assertEquals(6, counts.goals().stream().mapToLong(GoalCount::goals).sum(), "the plan in no cycle is out");

        // Only the citizens named.
        ProgressionCounts onlyB = store.counts(ProgressionGrouping.MUNICIPALITY,
                ProgressionScope.citizens(Set.of(b.id())), TODAY);
        assertEquals(1, goals(onlyB, "730", 1));
        assertEquals(1, citizens(onlyB, "730", 1));
        assertTrue(store.counts(ProgressionGrouping.MUNICIPALITY, ProgressionScope.citizens(Set.of()), TODAY).goals()
                .isEmpty());
    }

    @Test
    void aGoalCountsForTheOffersThatWorkOnItAndANamelessOneForEveryOffer() {
        Offer home = offer("Bostedet Åen", "Randers Kommune");
        Offer day = offer("Værkstedet", " randers kommune ");
        Offer other = offer("Bostedet Åen", "Privat Udbyder");
        Offer unnamed = offer("Uden udbyder", null);
        Citizen a = citizen("730", home, day, other, unnamed);
        PlanCycle cycle = cycle(a, 1);
        plan(a, cycle, goal(1, GoalType.DEVELOP, 3, 2, 2, null, home.id()),
                goal(2, GoalType.DEVELOP, 3, 2, 3, null), // every offer
                goal(3, GoalType.DEVELOP, 3, 2, 3, null, other.id()));
        Citizen none = citizen("730");
        plan(none, cycle(none, 1), goal(1, GoalType.DEVELOP, 3, 2, 2, null));

        ProgressionCounts counts = store.counts(ProgressionGrouping.OFFER, ProgressionScope.everyone(), TODAY);
        String homeKey = "randers kommune|bostedet åen";
        assertEquals(2, goals(counts, homeKey, 1));
        assertEquals(1, goals(counts, "randers kommune|værkstedet", 1));
        assertEquals(2, goals(counts, "privat udbyder|bostedet åen", 1), "same name, another provider: its own");
        assertEquals(1, goals(counts, null, 1), "a citizen without offers");
        assertEquals(1, goals(counts, "|uden udbyder", 1), "an offer without a provider is an offer");
        assertEquals("Bostedet Åen (Randers Kommune)", counts.goals().stream()
                .filter(g -> homeKey.equals(g.key())).findFirst().orElseThrow().label());

        // An offer's staff: only the goals their organisation's offers work on, in their own offers' groups.
        ProgressionCounts provider = store.counts(ProgressionGrouping.OFFER,
                ProgressionScope.everyone().providedBy("RANDERS KOMMUNE"), TODAY);
        assertEquals(2, goals(provider, homeKey, 1));
        assertEquals(1, goals(provider, "randers kommune|værkstedet", 1));
        assertEquals(0, goals(provider, "privat udbyder|bostedet åen", 1));
        assertEquals(0, goals(provider, null, 1));
        ProgressionCounts providerByTheme = store.counts(ProgressionGrouping.THEME,
                ProgressionScope.everyone().providedBy("Randers Kommune"), TODAY);
        assertEquals(2, providerByTheme.goals().stream().mapToLong(GoalCount::goals).sum(),
                "goal 3 is the other provider's only");
    }

    @Test
    void themesTeamsAndMethodsAreGroupsToo() {
        JpaGrantStore grants = new JpaGrantStore(database);
        JpaSectionStore sections = new JpaSectionStore(database);
        Citizen a = citizen("730");
        Citizen b = citizen("730");
        PlanCycle a1 = cycle(a, 1);
        PlanCycle b1 = cycle(b, 1);
        plan(a, a1, goal(1, GoalType.DEVELOP, 3, 2, 2, COOKING), goal(2, GoalType.DEVELOP, 3, 2, 2, null));
        plan(b, b1, goal(1, GoalType.MAINTAIN, 2, 2, 2, COOKING));
        grants.insert(new Grant(UUID.randomUUID().toString(), a.id(), GrantKind.TEAM, null, "Team Nord", null,
                Set.of(), null, "tester", STAMP.at()));
        grants.insert(new Grant(UUID.randomUUID().toString(), a.id(), GrantKind.TEAM, null, "Team Syd", null,
                Set.of(), null, "tester", STAMP.at()));
        grants.insert(new Grant(UUID.randomUUID().toString(), b.id(), GrantKind.TEAM, null, "Team Nord", null,
                Set.of(), TODAY.minusDays(1), "tester", STAMP.at())); // ended: not counted
        sections.save(new SectionRecord(a1.id(), "randers", "mit-liv", List.of(new SectionEntry(Map.of("a", "b"))),
                List.of(), 0, STAMP, STAMP), 0);
        sections.save(new SectionRecord(a1.id(), "randers", "andet", List.of(new SectionEntry(Map.of("a", "b"))),
                List.of(), 0, STAMP, STAMP), 0);

        ProgressionCounts themes = store.counts(ProgressionGrouping.THEME, ProgressionScope.everyone(), TODAY);
        String cooking = "ffb|2.0|praktiske-opgaver.lave-mad";
        assertEquals(2, goals(themes, cooking, 1));
        assertEquals(2, citizens(themes, cooking, 1));
        assertEquals("Lave mad", themes.goals().stream().filter(g -> cooking.equals(g.key())).findFirst()
                .orElseThrow().label());
        assertEquals(1, goals(themes, null, 1));

        ProgressionCounts teams = store.counts(ProgressionGrouping.TEAM, ProgressionScope.everyone(), TODAY);
        assertEquals(2, goals(teams, "Team Nord", 1));
        assertEquals(1, citizens(teams, "Team Nord", 1), "b's team relationship has ended");
        assertEquals(2, goals(teams, "Team Syd", 1));
        assertEquals(1, goals(teams, null, 1));

        ProgressionCounts methods = store.counts(ProgressionGrouping.METHOD, ProgressionScope.everyone(), TODAY);
        assertEquals(2, goals(methods, "randers", 1), "two sections of one method count a goal once");
        assertEquals(1, goals(methods, null, 1));

        // Every grouping gives the same for the citizens named as for everyone, when they are everyone.
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
            ProgressionCounts all = store.counts(grouping, ProgressionScope.everyone(), TODAY);
            ProgressionCounts named = store.counts(grouping, ProgressionScope.citizens(Set.of(a.id(), b.id())), TODAY);
            assertEquals(Set.copyOf(all.goals()), Set.copyOf(named.goals()), grouping.name());
            assertEquals(Set.copyOf(all.citizens()), Set.copyOf(named.citizens()), grouping.name());
        }
    }

    @Test
    void aScopeLargerThanOneChunkCountsEveryCitizenOnce() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            Citizen c = citizen("730");
            plan(c, cycle(c, 1), goal(1, GoalType.DEVELOP, 3, 2, 2, null));
            ids.add(c.id());
        }
        // Many more ids than the citizens there are, over several chunks.
        for (int i = 0; i < JpaProgressionStore.CHUNK * 2; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        ProgressionCounts counts = store.counts(ProgressionGrouping.MUNICIPALITY, ProgressionScope.citizens(ids),
                TODAY);
        assertEquals(7, goals(counts, "730", 1));
        assertEquals(7, citizens(counts, "730", 1));
    }

    @Test
    void theStatementsUseNoVendorFunctions() {
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
            var sql = JpaProgressionStore.sql(grouping, ProgressionScope.everyone().providedBy("x"), true);
            for (String statement : List.of(sql.goals(), sql.citizens())) {
                for (String vendor : List.of("LOCATE", "POSITION(", "STRPOS", "CONCAT", "SUBSTR", "NVL", "IFNULL",
                        "LIMIT", "FETCH", "ILIKE", "::")) {
                    assertFalse(statement.toUpperCase().contains(vendor), grouping + ": " + vendor);
                }
            }
        }
    }
}
