package dk.borgerplan.export.docx.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScaleLevel;
import dk.borgerplan.themes.ThemeRef;

/** A full plan, the FKO scale and a small icon catalogue, for the tests (and the isolated jar check). */
public final class Fixtures {

    public static final String CPR = "0101901234";
    public static final String NAME = "Søren Ærø Østergård";

    private Fixtures() {
    }

    public static Citizen citizen() {
        Stamp stamp = new Stamp("sagsbehandler", Instant.parse("2026-11-01T10:00:00Z"));
        return new Citizen("c-1", NAME, CprNumber.parse(CPR), Set.of(TargetGroup.AUTISM), "0751", "0730",
                PlanLook.COLOURFUL, true, 1, stamp, stamp);
    }

    public static Plan plan() {
        ThemeUse egenomsorg = theme("egenomsorg", "Egenomsorg");
        ThemeUse relationer = theme("relationer", "Relationer");
        ThemeUse praktisk = theme("praktiske-opgaver", "Praktiske opgaver");
        Goal first = new Goal("g1", null, 1, "Jeg vil selv kunne lave aftensmad to gange om ugen",
                new Smart("Lave aftensmad", "Når jeg har lavet mad to gange om ugen i en måned", "Jeg vil være fri",
                        "Min kontaktperson hjælper i starten", "Inden 1. juni 2027"),
                "Kun hverdage", praktisk, null, List.of("icon.madlavning"), GoalType.DEVELOP,
                new Score("fko", "1", 3), new Score("fko", "1", 1), new Score("fko", "1", 2),
                "Borgeren synes selv, det går bedre", List.of(), GoalStatus.ACTIVE, null, null);
        Goal second = new Goal("g2", null, 2, "Jeg vil gå en tur i skoven hver søndag", null, null, egenomsorg,
                null, List.of(), GoalType.MAINTAIN, new Score("fko", "1", 2), new Score("fko", "1", 2), null, null,
                List.of(), GoalStatus.ACTIVE, null, null);
        Goal third = new Goal("g3", null, 3, "Jeg vil ringe til min søster én gang om ugen", null, null, relationer,
                null, List.of(), GoalType.DEVELOP, new Score("fko", "1", 4), new Score("fko", "1", 0), null, null,
                List.of(), GoalStatus.ACTIVE, null, null);
        Stamp stamp = new Stamp("sagsbehandler", Instant.parse("2026-12-05T09:00:00Z"));
        return new Plan("p-1", "c-1", "cy-1", "Jeg vil have et godt og selvstændigt liv i min egen lejlighed",
                List.of(first, second, third),
                List.of(new FieldEntry("Jeg er god til at gå ture med hunden", List.of("icon.hund")),
                        new FieldEntry(null, List.of("icon.musik", "icon.ukendt"))),
                List.of(new ThemeField(egenomsorg, List.of(new FieldEntry("Bade hver morgen", List.of()))),
                        new ThemeField(relationer, List.of(new FieldEntry("Se min søster oftere", List.of())))),
                List.of(new FieldEntry("Jeg drømmer om et job i en gartnerbutik", List.of())),
                "Mødet gik godt.\nVi mødes igen om et år.", List.of("Ferien på Ærø til sommer"), null, 1,
                List.of(new Approval(ApprovalParty.CITIZEN, "Åse Ærø (værge)", stamp),
                        new Approval(ApprovalParty.AUTHORITY, null, stamp)),
                3, stamp, stamp, new PlanMeeting(LocalDate.of(2026, 12, 3), List.of()));
    }

    private static ThemeUse theme(String code, String label) {
        return new ThemeUse(new ThemeRef("urn:oid:1.2.208.176.2.22", "20240530", code), label);
    }

    public static ExportOptions options(Locale locale) {
        return new ExportOptions(PaperSize.A4, PlanLook.COLOURFUL, locale, URI.create("https://borgerplan.example/p/p-1"),
                LocalDate.of(2026, 12, 5));
    }

    public static ScaleCatalog scales() {
        Scale fko = new Scale("fko", "1", Text.of("FKO-skalaen (0–4)", "FKO scale (0–4)"), Direction.LOWER_IS_BETTER,
                "test", List.of(
                        level(0, "Ingen/ubetydelige begrænsninger", "No or negligible limitations", "Jeg klarer det selv"),
                        level(1, "Lette begrænsninger", "Mild limitations", "Jeg har brug for lidt hjælp"),
                        level(2, "Moderate begrænsninger", "Moderate limitations", "Jeg har brug for noget hjælp"),
                        level(3, "Svære begrænsninger", "Severe limitations", "Jeg har brug for meget hjælp"),
                        level(4, "Totale begrænsninger", "Total limitations", "Andre gør det for mig")));
        return new ScaleCatalog() {
            @Override
            public List<Scale> scales() {
                return List.of(fko);
            }

            @Override
            public Optional<Scale> find(String id) {
                return "fko".equals(id) ? Optional.of(fko) : Optional.empty();
            }

            @Override
            public Optional<Scale> find(String id, String version) {
                return "fko".equals(id) && "1".equals(version) ? Optional.of(fko) : Optional.empty();
            }
        };
    }

    private static ScaleLevel level(int value, String da, String en, String easyRead) {
        return new ScaleLevel(value, Text.of(da, en), Text.of(easyRead, null), "scale.level-" + value);
    }

    public static IconCatalog icons() {
        Map<String, Text> labels = Map.of("icon.hund", Text.of("Hund", "Dog"), "icon.musik", Text.of("Musik", "Music"),
                "icon.madlavning", Text.of("Madlavning", "Cooking"));
        return new IconCatalog() {
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
            public Optional<IconImage> image(String conceptId) {
                return Optional.empty();
            }

            @Override
            public List<Icon> byTheme(String theme) {
                return List.of();
            }

            @Override
            public Optional<Text> label(String conceptId) {
                return Optional.ofNullable(labels.get(conceptId));
            }

            @Override
            public List<Icon> search(String keyword) {
                return List.of();
            }
        };
    }

    /** Entry point for the isolated class loader check: the DOCX of the full plan. */
    public static byte[] danishDocx() {
        return new DocxPlainPlanExport(scales(), icons()).docx(citizen(), plan(), options(Locale.forLanguageTag("da")));
    }
}
