package dk.borgerplan.plan.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.VersionConflictException;

/**
 * Storage for preparation meetings, their sheets and pictures. Each method is one transaction; the rules are checked
 * before it is called.
 */
@ConsumerType
public interface PreparationStore {

    /** Stores a new meeting (with its participants and sheet) and returns it as stored, with its first version. */
    PreparationMeeting insertMeeting(PreparationMeeting meeting);

    Optional<PreparationMeeting> meeting(String id);

    /** The citizen of a meeting: a projection, nothing else read. */
    Optional<String> citizenOfMeeting(String id);

    /** The cycle's meetings, by date, then by when they were registered. */
    List<PreparationMeeting> meetingsOf(String cycleId);

    /**
     * Replaces kind, date, participants, sheet and update stamp of a meeting, atomically, if and only if its stored
     * version is still {@code expectedVersion}; returns it as stored, with its new version.
     *
     * @throws VersionConflictException when another change came first
     * @throws NotFoundException when the meeting does not exist
     */
    PreparationMeeting updateMeeting(PreparationMeeting meeting, long expectedVersion);

    /** Stores a picture's metadata and content; returns the metadata as stored. */
    Picture insertPicture(Picture picture, byte[] content);

    /** A picture's metadata, without reading its content. */
    Optional<Picture> picture(String id);

    /** A picture's content, exactly as stored. */
    Optional<byte[]> pictureContent(String id);

    /** The ids of the meetings with a sheet entry that shows the picture. */
    List<String> meetingsShowing(String pictureId);
}
