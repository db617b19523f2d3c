package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * A sheet a method offers: questions or prompts to fill in with the citizen, in words or pictures — Randers'
 * preparation sheet, a Copenhagen question frame, Aalborg's workshop canvas. When every prompt has an icon the sheet
 * can also be shown with pictograms only (visual dialogue tools, augmentative and alternative communication).
 *
 * @param id short, stable, lower-case identifier, unique among the method's sheets
 * @param phase the phase it is for, or {@code null} for every phase
 * @param group the heading it is shown under, e.g. the Copenhagen theme "Socialt liv"; may be null
 * @param title the sheet's heading
 * @param about what it is for, in a sentence or two
 * @param prompts the questions or prompts, in order
 */
public record Sheet(String id, Phase phase, Text group, Text title, Text about, List<SheetPrompt> prompts) {

    public Sheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(about, "about");
        prompts = List.copyOf(prompts);
    }

    /** Whether every prompt has a pictogram, so that the sheet can be shown without words. */
    public boolean pictograms() {
        return !prompts.isEmpty() && prompts.stream().allMatch(prompt -> prompt.icon() != null);
    }

    /**
     * The sheet as a plan section of one entry with a text field per prompt, so that the answers are kept like any
     * other section's entries (section id {@code sheet-<id>}).
     */
    public PlanSection answers() {
        return new PlanSection(SHEET_PREFIX + id, phase, title, about, 1, prompts.stream()
                .map(prompt -> new SectionField(prompt.id(), prompt.text(), FieldKind.WORDS_AS_SAID, false, List.of()))
                .toList());
    }

    /** The prefix of the section that keeps a sheet's answers. */
    public static final String SHEET_PREFIX = "sheet-";
}
