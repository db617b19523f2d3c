package dk.borgerplan.guides;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.method.Guide;

/**
 * The guides all methods share, as a municipality has them now: the shipped texts, or its own edited copy in
 * {@code etc/guides/shared.json} (read again when the file changes; a broken copy is reported in the log and the
 * shipped texts stay in use).
 */
@ProviderType
public interface SharedGuides {

    /** Motivational interviewing: open questions, affirmations, reflections, summaries. */
    String MI = "mi";
    /** Change talk (desire, ability, reasons, need) against status quo talk, with seed 001's worked example. */
    String CHANGE_TALK = "change-talk";
    /** The five SMART questions for a goal. */
    String SMART = "smart";

    /** Every shared guide, in the order to show them. */
    List<Guide> guides();
}
