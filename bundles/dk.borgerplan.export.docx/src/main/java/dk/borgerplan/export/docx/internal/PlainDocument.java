package dk.borgerplan.export.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleLevel;

/**
 * Writes one plan as the plain document: the visual plan's content as headings, paragraphs and bullets. Knows POI,
 * not OSGi. The citizen appears by name only: the CPR number is never read here.
 */
final class PlainDocument {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Locale locale;
    private final Function<Score, Optional<Scale>> scales;
    private final Function<String, Optional<Text>> iconLabels;
    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger bullets;

    PlainDocument(Locale locale, Function<Score, Optional<Scale>> scales, Function<String, Optional<Text>> iconLabels) {
        this.locale = locale;
        this.scales = scales;
        this.iconLabels = iconLabels;
        WordStyles.define(document, english() ? "en-GB" : "da-DK");
        this.bullets = WordStyles.bullets(document);
    }

    byte[] write(Citizen citizen, Plan plan, ExportOptions options) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(Words.TITLE.in(locale));
        core.setCreator("Borgerplan");
        core.getUnderlyingProperties().setLanguageProperty(english() ? "en-GB" : "da-DK");

        paragraph(WordStyles.TITLE, Words.TITLE.in(locale));
        labelled(null, Words.NAME, citizen.name());
        labelled(null, Words.DATE, date(options.date()));
        if (plan.meeting() != null && plan.meeting().date() != null) {
            labelled(null, Words.MEETING, date(plan.meeting().date()));
        }

        heading1(Words.PURPOSE);
        text(plan.purpose());

        heading1(Words.RESOURCE_FIELD);
        entries(plan.resourceField());

        heading1(Words.THEME_FIELDS);
        if (plan.themeFields().isEmpty()) {
            text(null);
        }
        for (ThemeField field : plan.themeFields()) {
            paragraph(WordStyles.HEADING_2, field.theme() == null ? "" : field.theme().label());
            entries(field.entries());
        }

        heading1(Words.EMPLOYMENT_FIELD);
        entries(plan.employmentField());

        heading1(Words.GOALS);
        if (plan.goals().isEmpty()) {
            text(null);
        }
        for (Goal goal : plan.goals()) {
            goal(goal);
        }

        heading1(Words.NOTES);
        text(plan.notes());

        heading1(Words.PARKING_LOT);
        List<String> parked = plan.parkingLot().stream().filter(PlainDocument::written).toList();
        if (parked.isEmpty()) {
            text(null);
        }
        parked.forEach(thought -> bullet(null, thought));

        heading1(Words.APPROVALS);
        if (plan.approvals().isEmpty()) {
            text(Words.NOT_APPROVED.in(locale));
        }
        for (Approval approval : plan.approvals()) {
            StringBuilder line = new StringBuilder(Words.APPROVED.in(locale));
            if (approval.stamp() != null && approval.stamp().at() != null) {
                line.append(' ').append(date(LocalDate.ofInstant(approval.stamp().at(), DANISH_TIME)));
            }
            if (written(approval.onBehalfOf())) {
                line.append(", ").append(Words.ON_BEHALF_OF.in(locale)).append(' ').append(approval.onBehalfOf());
            }
            bullet(approval.party().label(), line.toString());
        }

        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.write(bytes);
            document.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The plain document could not be written", e);
        }
    }

    private void goal(Goal goal) {
        paragraph(WordStyles.HEADING_2, Words.GOAL.in(locale) + " " + goal.number() + ": " + clean(goal.text()));
        bullet(Words.GOAL_TYPE, goal.type().label().in(locale));
        if (goal.primaryTheme() != null) {
            bullet(Words.THEME, goal.primaryTheme().label());
        }
        if (goal.currentScore() != null) {
            bullet(Words.SCORE_NOW, score(goal.currentScore()));
        }
        if (goal.expectedScore() != null) {
            bullet(Words.SCORE_EXPECTED, score(goal.expectedScore()));
        }
        if (goal.citizenScore() != null) {
            bullet(Words.CITIZEN_SCORE, score(goal.citizenScore()));
        }
        if (written(goal.disagreementNote())) {
            bullet(Words.DISAGREEMENT, goal.disagreementNote());
        }
        if (written(goal.delimitation())) {
            bullet(Words.DELIMITATION, goal.delimitation());
        }
        if (!goal.icons().isEmpty()) {
            bullet(Words.ICONS, icons(goal.icons()));
        }
        if (goal.status() != GoalStatus.ACTIVE) {
            bullet(Words.STATUS, goal.status().label().in(locale));
        }
        Smart smart = goal.smart();
        if (smart != null && !smart.unanswered()) {
            labelled(null, Words.SMART, "");
            smartBullet(Words.SPECIFIC, smart.specific());
            smartBullet(Words.MEASURABLE, smart.measurable());
            smartBullet(Words.ACCEPTED, smart.accepted());
            smartBullet(Words.REALISTIC, smart.realistic());
            smartBullet(Words.TIME_BOUND, smart.timeBound());
        }
    }

    private void smartBullet(Text label, String answer) {
        if (written(answer)) {
            bullet(label, answer);
        }
    }

    /** A score in words: the level's label and, where the scale has one, its easy-read wording. */
    private String score(Score score) {
        Optional<Scale> scale = scales.apply(score);
        Optional<ScaleLevel> level = scale.flatMap(s -> s.level(score.value()));
        if (level.isEmpty()) {
            // A scale that is gone still shows the number the plan stores rather than nothing.
            return score.value() + " (" + score.scale() + " " + score.scaleVersion() + ")";
        }
        String words = level.get().label().in(locale);
        String easyRead = level.get().easyRead().in(locale);
        StringBuilder text = new StringBuilder(words).append(" (").append(score.value()).append(')');
        if (!easyRead.isBlank() && !easyRead.equals(words)) {
            text.append(" – ").append(easyRead);
        }
        return text.toString();
    }

    private void entries(List<FieldEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (FieldEntry entry : entries) {
            String icons = entry.icons().isEmpty() ? "" : icons(entry.icons());
            if (written(entry.text()) && !icons.isEmpty()) {
                lines.add(clean(entry.text()) + " (" + Words.ICONS.in(locale).toLowerCase(locale) + ": " + icons + ")");
            } else if (written(entry.text())) {
                lines.add(entry.text());
            } else if (!icons.isEmpty()) {
                lines.add(icons);
            }
        }
        if (lines.isEmpty()) {
            text(null);
        }
        lines.forEach(line -> bullet(null, line));
    }

    /** Icons as words: the label the catalogue gives, the concept id when no pack has named it. */
    private String icons(List<String> conceptIds) {
        List<String> labels = new ArrayList<>();
        for (String conceptId : conceptIds) {
            labels.add(iconLabels.apply(conceptId).map(label -> label.in(locale)).orElse(conceptId));
        }
        return String.join(", ", labels);
    }

    private String date(LocalDate date) {
        DateTimeFormatter format = english()
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                : DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
        return date.format(format);
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }

    private void heading1(Text heading) {
        paragraph(WordStyles.HEADING_1, heading.in(locale));
    }

    /** Free text, a paragraph per line; a placeholder when nothing is written. */
    private void text(String text) {
        if (!written(text)) {
            XWPFRun run = paragraph(null, Words.NOTHING_WRITTEN.in(locale)).getRuns().get(0);
            run.setItalic(true);
            return;
        }
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                paragraph(null, line.strip());
            }
        }
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(clean(text));
        return paragraph;
    }

    private void labelled(String style, Text label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        runs(paragraph, label, value);
    }

    private void bullet(Text label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(WordStyles.LIST_PARAGRAPH);
        paragraph.setNumID(bullets);
        paragraph.setNumILvl(BigInteger.ZERO);
        runs(paragraph, label, value);
    }

    private void runs(XWPFParagraph paragraph, Text label, String value) {
        if (label != null) {
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText(label.in(locale) + (value == null || value.isEmpty() ? "" : ": "));
        }
        if (value != null && !value.isEmpty()) {
            paragraph.createRun().setText(clean(value).replaceAll("\\s*\\R\\s*", " "));
        }
    }

    private static boolean written(String text) {
        return text != null && !text.isBlank();
    }

    /** Characters XML 1.0 cannot carry would make Word refuse the whole file; they are dropped. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                && !(c >= 0xD800 && c <= 0xDFFF))).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
