package dk.borgerplan.plan;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Preparation meetings and their sheet "Her er mit liv", under the plan model's rules: a meeting belongs to a cycle
 * and is registered and changed while the cycle is at preparation or at the plan meeting (where the sheet is
 * brought); from the follow-up on it is kept as it was. Every change names the acting user and, for the meeting and
 * its sheet, the version it was based on.
 */
@ProviderType
public interface PreparationService {

    /**
     * Registers a preparation meeting of the cycle.
     *
     * @throws NotFoundException when the cycle does not exist
     * @throws ValidationException when the draft breaks a rule
     * @throws StateConflictException ({@code preparationOver}) when the cycle has gone past the plan meeting
     */
    PreparationMeeting register(Actor actor, String cycleId, PreparationMeetingDraft draft);

    Optional<PreparationMeeting> find(String meetingId);

    /** The citizen a meeting belongs to, without reading its sheet (for deciding access). */
    Optional<String> citizenOfMeeting(String meetingId);

    /**
     * The cycle's preparation meetings, by date, the earliest first.
     *
     * @throws NotFoundException when the cycle does not exist
     */
    List<PreparationMeeting> meetingsOf(String cycleId);

    /**
     * Replaces the meeting's kind, date and participants (the sheet stays), provided nobody changed the meeting
     * since {@code basedOnVersion}.
     *
     * @throws VersionConflictException when the meeting has moved on
     */
    PreparationMeeting update(Actor actor, String meetingId, long basedOnVersion, PreparationMeetingDraft draft);

    /**
     * Adds an entry to the sheet, written by {@code actor}; the new entry is the last of
     * {@link PreparationSheet#entries()}.
     *
     * @throws VersionConflictException when the meeting has moved on since {@code basedOnVersion}
     */
    PreparationMeeting addEntry(Actor actor, String meetingId, long basedOnVersion, SheetEntryDraft entry);

    /**
     * Replaces an entry's content (it may move to another field); {@code actor} becomes its writer.
     *
     * @throws NotFoundException ({@code sheetEntry}) when the sheet has no such entry
     */
    PreparationMeeting changeEntry(Actor actor, String meetingId, long basedOnVersion, String entryId,
            SheetEntryDraft entry);

    /**
     * Removes an entry from the sheet.
     *
     * @throws NotFoundException ({@code sheetEntry}) when the sheet has no such entry
     */
    PreparationMeeting removeEntry(Actor actor, String meetingId, long basedOnVersion, String entryId);

    /**
     * Stores a picture: PNG or JPEG only, recognised by its content (the declared type must agree), not empty, at
     * most {@link #pictureMaxBytes()}.
     *
     * @throws ValidationException when it breaks a rule (fields {@code mediaType} and {@code content})
     */
    Picture storePicture(Actor actor, String declaredMediaType, byte[] content);

    Optional<PictureContent> picture(String pictureId);

    /** A picture's details (who uploaded it, when), without its content. */
    Optional<Picture> pictureDetails(String pictureId);

    /** The preparation meetings whose sheet shows the picture. */
    List<String> meetingsShowing(String pictureId);

    /** The largest picture accepted, in bytes (configuration {@code pictureMaxBytes}, 5 MiB unless set). */
    long pictureMaxBytes();
}
