package dk.borgerplan.export.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PaperSize;
import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconImage;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** A full plan as the tests and the benchmark draw it, with the real theme and scale catalogues. */
final class PlanFixtures {

    static final String CPR = "0101801234";
    static final String NAME = "Søren Ærø Ålund";
    static final URI LINK = URI.create("https://borgerplan.randers.dk/#/plan/5f0c2a9e-7d1b-4c55-9a43-2b8f1e6d0c11");
    static final LocalDate DATE = LocalDate.of(2026, 12, 5);
    /** A colour only the test icons use, to find them in a picture. */
    static final Color ICON_COLOUR = new Color(0xff00aa);
    static final String PHOTO = "photo.own";

    static final String GOAL_1 = "Jeg vil selv kunne købe ind i Føtex to gange om ugen, så jeg kan lave mad til mig selv"
            + " og min kæreste om fredagen.";
    static final String GOAL_2 = "Jeg vil sove bedre og stå op kl. 7.30 på hverdage, så jeg når bussen til mit"
            + " praktiksted på gården i Ålum.";
    static final String GOAL_3 = "Jeg vil have styr på min økonomi: betale husleje og telefon til tiden hver måned"
            + " med en fast aftale i banken.";
    static final String PURPOSE = "At Søren får et mere selvstændigt liv i egen bolig med færre besøg fra bostøtten,"
            + " og at han bevarer kontakten til sin familie og sine venner i klubben.";

    static final ThemeCatalog THEMES = new BundledThemeCatalog();
    static final BundledScaleCatalog SCALES = new BundledScaleCatalog();

    private PlanFixtures() {
    }

    static ExportOptions options(PaperSize paper, PlanLook look, Locale locale) {
        return new ExportOptions(paper, look, locale, LINK, DATE);
    }

    static ExportOptions options(PaperSize paper, PlanLook look) {
        return options(paper, look, Locale.forLanguageTag("da"));
    }

    static Citizen citizen() {
        Stamp stamp = new Stamp("sagsbehandler", Instant.parse("2026-11-01T09:00:00Z"));
        return new Citizen("c-1", NAME, CprNumber.parse(CPR), Set.of(), "0730", "0730", PlanLook.COLOURFUL, false, 1,
                stamp, stamp);
    }

    static Score fko(int value) {
        return new Score("fko", "1", value);
    }

    /** Every field with words and icons, three goals, Danish letters everywhere. */
    static Plan fullPlan() {
        List<Theme> lifeThemes = THEMES.lifeThemes();
        List<ThemeField> themeFields = new ArrayList<>();
        for (int i = 0; i < lifeThemes.size(); i++) {
            Theme theme = lifeThemes.get(i);
            themeFields.add(new ThemeField(new ThemeUse(theme.ref(), theme.label().da()), List.of(
                    new FieldEntry("Jeg øver mig i at gøre det selv, med støtte når det er svært", List.of("a" + i)),
                    new FieldEntry("Hjælp fra min kontaktperson om tirsdagen", List.of("b" + i, "c" + i)))));
        }
        Theme practical = lifeThemes.get(1);
        Theme social = lifeThemes.get(lifeThemes.size() - 1);
        Stamp approved = new Stamp("bruger-7", Instant.parse("2026-12-03T10:15:00Z"));
        List<Goal> goals = List.of(
                goal(1, GOAL_1, practical, List.of("goal.shopping", PHOTO), fko(3), fko(2), fko(2), GoalType.DEVELOP),
                goal(2, GOAL_2, lifeThemes.get(0), List.of("goal.sleep"), fko(2), fko(1), null, GoalType.DEVELOP),
                goal(3, GOAL_3, social, List.of("goal.money", "goal.bank"), fko(1), fko(1), null, GoalType.MAINTAIN));
        return new Plan("5f0c2a9e", "c-1", "cycle-1", PURPOSE, goals,
                List.of(new FieldEntry("Jeg er god til at lave mad og til at hjælpe andre", List.of("resource.smiley",
                        "resource.strong")), new FieldEntry("Jeg er glad for dyr", List.of(PHOTO))),
                themeFields,
                List.of(new FieldEntry("Praktik på gården tre dage om ugen", List.of("employment.internship")),
                        new FieldEntry("Drømmer om at blive gartner", List.of("dream.work"))),
                "Søren vil gerne have, at hans søster Åse er med til næste møde. Vi følger op på økonomien i marts. (Ord med æøå og ÆØÅ.)",
                List.of("Flytte tættere på byen?", "Kørekort – måske næste år", "Ny cykel"),
                null, 2, List.of(new Approval(ApprovalParty.CITIZEN, null, approved),
                        new Approval(ApprovalParty.AUTHORITY, null, approved)),
                3, approved, approved);
    }

    static Goal goal(int number, String text, Theme theme, List<String> icons, Score now, Score expected,
            Score citizens, GoalType type) {
        return new Goal(null, null, number, text, null, null, new ThemeUse(theme.ref(), theme.label().da()), null,
                icons, type, now, expected, citizens, citizens == null ? null : "Søren synes selv, det går bedre.",
                List.of(), GoalStatus.ACTIVE, null, null);
    }

    /** The same plan with texts far longer than any box. */
    static Plan overfullPlan() {
        Plan plan = fullPlan();
        String endless = "Dette er en meget lang tekst om hverdagen med æbler, ørreder og ål, ".repeat(40);
        List<Goal> goals = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            goals.add(goal(goal.number(), endless, THEMES.lifeThemes().get(0), List.of("a", "b", "c", "d", "e", "f",
                    "g", "h", "i", "j", "k", "l"), goal.currentScore(), goal.expectedScore(), goal.citizenScore(),
                    goal.type()));
        }
        List<FieldEntry> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.add(new FieldEntry(endless.substring(0, 200), List.of("x" + i)));
        }
        return new Plan(plan.id(), plan.citizenId(), plan.cycleId(), endless, goals, many, plan.themeFields(), many,
                endless, List.of(endless, endless, endless), null, 1, List.of(), 1, plan.created(), plan.updated());
    }

    /**
     * Icons as a pack serves them: an SVG for every concept (a square in {@link #ICON_COLOUR} with a dark ring), and
     * a PNG for {@link #PHOTO}. Counts the questions, and can swap the pictures (a new pack version, new etags).
     */
    static final class TestIcons implements IconCatalog {
        final AtomicInteger imagesAsked = new AtomicInteger();
        private final Map<String, IconImage> swapped = new ConcurrentHashMap<>();
        private final boolean serving;

        TestIcons(boolean serving) {
            this.serving = serving;
        }

        static String svg(Color fill) {
            String rgb = String.format("#%06x", fill.getRGB() & 0xffffff);
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\">"
                    + "<rect x=\"4\" y=\"4\" width=\"56\" height=\"56\" rx=\"10\" fill=\"" + rgb + "\"/>"
                    + "<circle cx=\"32\" cy=\"32\" r=\"14\" fill=\"none\" stroke=\"#23313f\" stroke-width=\"5\"/></svg>";
        }

        void swap(String conceptId, Color fill) {
            swapped.put(conceptId, new IconImage(conceptId, "pack-2", "image/svg+xml",
                    svg(fill).getBytes(StandardCharsets.UTF_8), "v2-" + conceptId));
        }

        @Override
        public Optional<IconImage> image(String conceptId) {
            imagesAsked.incrementAndGet();
            if (!serving) {
                return Optional.empty();
            }
            IconImage swap = swapped.get(conceptId);
            if (swap != null) {
                return Optional.of(swap);
            }
            if (PHOTO.equals(conceptId)) {
                return Optional.of(new IconImage(conceptId, "pack-1", "image/png", photo(), "photo-v1"));
            }
            return Optional.of(new IconImage(conceptId, "pack-1", "image/svg+xml",
                    svg(ICON_COLOUR).getBytes(StandardCharsets.UTF_8), "v1-" + conceptId));
        }

        private static byte[] photo() {
            BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x2a9d8f));
            g.fillOval(2, 2, 44, 44);
            g.dispose();
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<IconPack> packs() {
            return List.of();
        }

        @Override
        public List<Icon> icons() {
            return List.of();
        }

        @Override
        public Optional<Icon> icon(String conceptId) {
            return Optional.empty();
        }

        @Override
        public List<Icon> byTheme(String theme) {
            return List.of();
        }

        @Override
        public List<Icon> search(String keyword) {
            return List.of();
        }
    }
}
