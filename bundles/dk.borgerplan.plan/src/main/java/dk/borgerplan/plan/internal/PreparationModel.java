package dk.borgerplan.plan.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PictureContent;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationMeetingDraft;
import dk.borgerplan.plan.PreparationService;
import dk.borgerplan.plan.PreparationSheet;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetEntryDraft;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.PreparationStore;

/**
 * The preparation service. A meeting is registered and changed — details and sheet — while its cycle is at
 * preparation or at the plan meeting: the sheet is made at the preparation meeting and brought to the plan meeting,
 * which starts from it (seed 001, 2.2.1 and 2.2.2.2), so it may still be typed in there; from the follow-up on the
 * plan has been made from it, and it is kept as it was. Every change is checked against {@link PreparationRules},
 * stamped, and stored only if the meeting is still at the version it was based on. Logs ids only.
 */
@Component(service = PreparationService.class, configurationPid = "dk.borgerplan.plan.preparation")
@Designate(ocd = PreparationConfig.class)
public class PreparationModel implements PreparationService {

    private static final Logger LOG = LoggerFactory.getLogger(PreparationModel.class);

    static final long DEFAULT_PICTURE_MAX_BYTES = 5L * 1024 * 1024;
    static final long PICTURE_MAX_BYTES_LIMIT = 50L * 1024 * 1024;

    /** The stages in which the preparation (meeting and sheet) may be registered and changed. */
    static final Set<CycleStage> OPEN_STAGES = Set.of(CycleStage.PREPARATION, CycleStage.PLAN_MEETING);

    private final PlanStore plans;
    private final PreparationStore store;
    private final long pictureMaxBytes;
    private final Clock clock;

    @Activate
    public PreparationModel(@Reference PlanStore plans, @Reference PreparationStore store, PreparationConfig config) {
        this(plans, store, config.pictureMaxBytes(), Clock.systemUTC());
    }

    PreparationModel(PlanStore plans, PreparationStore store, long pictureMaxBytes, Clock clock) {
        if (pictureMaxBytes < 1 || pictureMaxBytes > PICTURE_MAX_BYTES_LIMIT) {
            throw new IllegalArgumentException(
                    "pictureMaxBytes must be from 1 to " + PICTURE_MAX_BYTES_LIMIT + ", was " + pictureMaxBytes);
        }
        this.plans = plans;
        this.store = store;
        this.pictureMaxBytes = pictureMaxBytes;
        this.clock = clock;
    }

    @Override
    public PreparationMeeting register(Actor actor, String cycleId, PreparationMeetingDraft draft) {
        PlanCycle cycle = plans.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        PlanModel.requireValid(PreparationRules.check(draft, today()));
        requireOpen(cycle);
        Stamp now = stamp(actor);
        PreparationMeeting stored = store.insertMeeting(new PreparationMeeting(PlanModel.newId(), cycle.citizenId(),
                cycle.id(), draft.kind(), draft.date(), participants(draft), PreparationSheet.empty(), 0, now, now));
        LOG.info("Preparation meeting {} registered for cycle {} by {}", stored.id(), cycle.id(), actor.id());
        return stored;
    }

    @Override
    public Optional<PreparationMeeting> find(String meetingId) {
        return store.meeting(meetingId);
    }

    @Override
    public Optional<String> citizenOfMeeting(String meetingId) {
        return store.citizenOfMeeting(meetingId);
    }

    @Override
    public List<PreparationMeeting> meetingsOf(String cycleId) {
        if (plans.cycle(cycleId).isEmpty()) {
            throw new NotFoundException("cycle", cycleId);
        }
        return store.meetingsOf(cycleId);
    }

    @Override
    public PreparationMeeting update(Actor actor, String meetingId, long basedOnVersion,
            PreparationMeetingDraft draft) {
        PreparationMeeting current = current(meetingId, basedOnVersion);
        PlanModel.requireValid(PreparationRules.check(draft, today()));
        requireOpen(current);
        PreparationMeeting stored = store.updateMeeting(new PreparationMeeting(current.id(), current.citizenId(),
                current.cycleId(), draft.kind(), draft.date(), participants(draft), current.sheet(), basedOnVersion,
                current.created(), stamp(actor)), basedOnVersion);
        LOG.info("Preparation meeting {} changed to version {} by {}", meetingId, stored.version(), actor.id());
        return stored;
    }

    @Override
    public PreparationMeeting addEntry(Actor actor, String meetingId, long basedOnVersion, SheetEntryDraft entry) {
        PreparationMeeting current = current(meetingId, basedOnVersion);
        PlanModel.requireValid(PreparationRules.check(entry, current.sheet(), null, this::pictureExists));
        requireOpen(current);
        Stamp now = stamp(actor);
        List<SheetEntry> entries = new ArrayList<>(current.sheet().entries());
        entries.add(entry(PlanModel.newId(), entry, actor, now, now));
        PreparationMeeting stored = store.updateMeeting(withSheet(current, entries, now), basedOnVersion);
        LOG.info("Preparation meeting {}: entry {} added by {}", meetingId, entries.get(entries.size() - 1).id(),
                actor.id());
        return stored;
    }

    @Override
    public PreparationMeeting changeEntry(Actor actor, String meetingId, long basedOnVersion, String entryId,
            SheetEntryDraft entry) {
        // A missing entry is reported before a stale version: nothing can be based on it.
        PreparationMeeting current = meeting(meetingId);
        SheetEntry existing = current.sheet().entry(entryId)
                .orElseThrow(() -> new NotFoundException("sheetEntry", entryId));
        requireVersion(current, basedOnVersion);
        PlanModel.requireValid(PreparationRules.check(entry, current.sheet(), entryId, this::pictureExists));
        requireOpen(current);
        Stamp now = stamp(actor);
        List<SheetEntry> entries = current.sheet().entries().stream()
                .map(e -> e.id().equals(entryId) ? entry(entryId, entry, actor, existing.created(), now) : e)
                .toList();
        PreparationMeeting stored = store.updateMeeting(withSheet(current, entries, now), basedOnVersion);
        LOG.info("Preparation meeting {}: entry {} changed by {}", meetingId, entryId, actor.id());
        return stored;
    }

    @Override
    public PreparationMeeting removeEntry(Actor actor, String meetingId, long basedOnVersion, String entryId) {
        PreparationMeeting current = meeting(meetingId);
        if (current.sheet().entry(entryId).isEmpty()) {
            throw new NotFoundException("sheetEntry", entryId);
        }
        requireVersion(current, basedOnVersion);
        requireOpen(current);
        Stamp now = stamp(actor);
        List<SheetEntry> entries = current.sheet().entries().stream().filter(e -> !e.id().equals(entryId)).toList();
        PreparationMeeting stored = store.updateMeeting(withSheet(current, entries, now), basedOnVersion);
        LOG.info("Preparation meeting {}: entry {} removed by {}", meetingId, entryId, actor.id());
        return stored;
    }

    @Override
    public Picture storePicture(Actor actor, String declaredMediaType, byte[] content) {
        List<Violation> violations = PreparationRules.picture(declaredMediaType, content, pictureMaxBytes);
        PlanModel.requireValid(violations);
        PictureFormat format = PictureFormat.of(content).orElseThrow();
        Picture stored = store.insertPicture(new Picture(PlanModel.newId(), format.mediaType(), content.length,
                sha256(content), stamp(actor)), content);
        LOG.info("Picture {} ({}, {} bytes) stored by {}", stored.id(), stored.mediaType(), stored.size(),
                actor.id());
        return stored;
    }

    @Override
    public Optional<PictureContent> picture(String pictureId) {
        return store.picture(pictureId)
                .flatMap(picture -> store.pictureContent(pictureId).map(bytes -> new PictureContent(picture, bytes)));
    }

    @Override
    public Optional<Picture> pictureDetails(String pictureId) {
        return store.picture(pictureId);
    }

    @Override
    public List<String> meetingsShowing(String pictureId) {
        return store.meetingsShowing(pictureId);
    }

    @Override
    public long pictureMaxBytes() {
        return pictureMaxBytes;
    }

    /** The meeting, if it is still at {@code basedOnVersion}: a change on an old view is refused before its rules. */
    private PreparationMeeting current(String meetingId, long basedOnVersion) {
        PreparationMeeting current = meeting(meetingId);
        requireVersion(current, basedOnVersion);
        return current;
    }

    private PreparationMeeting meeting(String meetingId) {
        return store.meeting(meetingId).orElseThrow(() -> new NotFoundException("preparationMeeting", meetingId));
    }

    private static void requireVersion(PreparationMeeting meeting, long basedOnVersion) {
        if (meeting.version() != basedOnVersion) {
            throw new VersionConflictException("preparationMeeting", meeting.id(), basedOnVersion, meeting.version());
        }
    }

    private void requireOpen(PreparationMeeting meeting) {
        requireOpen(plans.cycle(meeting.cycleId())
                .orElseThrow(() -> new NotFoundException("cycle", meeting.cycleId())));
    }

    private static void requireOpen(PlanCycle cycle) {
        if (!OPEN_STAGES.contains(cycle.stage())) {
            throw new StateConflictException("preparationOver", cycle.stage());
        }
    }

    private boolean pictureExists(String pictureId) {
        return store.picture(pictureId).isPresent();
    }

    private static List<Participant> participants(PreparationMeetingDraft draft) {
        return draft.participants() == null ? List.of()
                : draft.participants().stream().map(p -> new Participant(p.name().strip(), p.role())).toList();
    }

    private static SheetEntry entry(String id, SheetEntryDraft draft, Actor actor, Stamp created, Stamp updated) {
        return new SheetEntry(id, draft.field(), PlanRules.stripped(draft.text()), draft.icons(), draft.pictureId(),
                actor, PlanRules.stripped(draft.onBehalfOf()), created, updated);
    }

    private static PreparationMeeting withSheet(PreparationMeeting meeting, List<SheetEntry> entries, Stamp now) {
        return new PreparationMeeting(meeting.id(), meeting.citizenId(), meeting.cycleId(), meeting.kind(),
                meeting.date(), meeting.participants(), new PreparationSheet(entries), meeting.version(),
                meeting.created(), now);
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.id(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Copenhagen"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
