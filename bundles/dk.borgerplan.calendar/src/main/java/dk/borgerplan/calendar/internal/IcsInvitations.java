package dk.borgerplan.calendar.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import dk.borgerplan.calendar.Attendee;
import dk.borgerplan.calendar.CalendarInvitations;
import dk.borgerplan.calendar.Invitation;
import dk.borgerplan.calendar.InvitationStatus;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes invitations with ical4j (embedded in this bundle). Times are written as local Copenhagen time with
 * {@code TZID=Europe/Copenhagen} and a VTIMEZONE built from the JDK's rules for that zone, so every calendar shows
 * the meeting at the same wall-clock time across summer and winter time.
 */
@Component(service = CalendarInvitations.class)
public class IcsInvitations implements CalendarInvitations {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final String PRODID = "-//Borgerplan//DA";
    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int FOLD_OCTETS = 75;
    /** Outlook's way to name a person without an address; a calendar sends nothing to it. */
    static final URI NO_MAIL = URI.create("invalid:nomail");

    private final Clock clock;
    private final VTimeZone timeZone;

    public IcsInvitations() {
        this(Clock.systemUTC());
    }

    /** With a clock for DTSTAMP, so that tests get the same bytes every time. */
    IcsInvitations(Clock clock) {
        this.clock = clock;
        // Built once from the JDK's rules rather than taken from ical4j's bundled tzurl files: those map
        // Europe/Copenhagen to a VTIMEZONE named Europe/Berlin with a century of history.
        this.timeZone = vTimeZone(ZONE);
    }

    @Override
    public byte[] ics(Invitation invitation) {
        // ical4j finds its validators and factories with ServiceLoader through the thread's context class loader,
        // which in a servlet is Jetty's and sees none of the classes embedded here: lend it this bundle's loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(IcsInvitations.class.getClassLoader());
        try {
            return write(invitation);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private byte[] write(Invitation invitation) {
        boolean cancelled = invitation.status() == InvitationStatus.CANCELLED;
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(timeZone);
        calendar.add(event(invitation, cancelled));
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(Invitation invitation, boolean cancelled) {
        ZonedDateTime start = invitation.start().withZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime end = start.plus(invitation.duration()).truncatedTo(ChronoUnit.SECONDS);
        VEvent event = new VEvent(false);
        event.add(new Uid(invitation.uid()));
        event.add(new Sequence(invitation.sequence()));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(invitation.summary()));
        if (present(invitation.description())) {
            event.add(new Description(invitation.description()));
        }
        if (present(invitation.location())) {
            event.add(new Location(invitation.location()));
        }
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        Organizer organizer = new Organizer(address(invitation.organizer().email()));
        organizer.add(new Cn(invitation.organizer().name()));
        event.add(organizer);
        for (Attendee attendee : invitation.attendees()) {
            event.add(attendee(attendee, cancelled));
        }
        return event;
    }

    private static Property attendee(Attendee attendee, boolean cancelled) {
        net.fortuna.ical4j.model.property.Attendee property =
                new net.fortuna.ical4j.model.property.Attendee(address(attendee.email()));
        property.add(new Cn(attendee.name()));
        property.add(new Role(attendee.role().ical()));
        property.add(PartStat.NEEDS_ACTION);
        // A cancellation asks for no answer; an invitation asks those with an address to answer.
        property.add(!cancelled && attendee.email() != null ? Rsvp.TRUE : Rsvp.FALSE);
        return property;
    }

    private static URI address(String email) {
        return email == null ? NO_MAIL : URI.create("mailto:" + email);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * A VTIMEZONE with one STANDARD and one DAYLIGHT observance from the zone's current yearly rules (EU: last Sunday
     * of March and of October), starting in the year the rules took their present form.
     */
    static VTimeZone vTimeZone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone vTimeZone = new VTimeZone();
        vTimeZone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(java.time.Instant.EPOCH);
            Standard standard = new Standard();
            standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            vTimeZone.add(standard);
            return vTimeZone;
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new Daylight() : new Standard();
            java.time.zone.ZoneOffsetTransition first = rule.createTransition(1996);
            observance.add(new TzName(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)
                    .format(first.getInstant().atZone(zone))));
            observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
            observance.add(new TzOffsetTo(rule.getOffsetAfter()));
            // DTSTART is the wall-clock time before the change, in the first year of the present EU rules.
            observance.add(new DtStart<>(first.getDateTimeBefore()));
            observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY="
                    + byDay(rule) + rule.getDayOfWeek().name().substring(0, 2)));
            vTimeZone.add(observance);
        }
        return vTimeZone;
    }

    /** The week of the month the rule names: 1–4, or -1 for the last. */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        Month month = rule.getMonth();
        if (rule.getDayOfWeek() == null) {
            throw new IllegalStateException("A fixed-date transition rule cannot be written as BYDAY");
        }
        if (indicator < 0 || indicator == month.maxLength() - 6) {
            return "-1"; // "on or after the 25th" in a 31-day month is the last one
        }
        if ((indicator - 1) % 7 == 0 && indicator <= 22) {
            return Integer.toString((indicator - 1) / 7 + 1);
        }
        throw new IllegalStateException("Unsupported transition rule for " + month.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Folds every content line at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character, so that æ, ø and å
     * (two octets each) survive any reader that unfolds by octets.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = FOLD_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = FOLD_OCTETS - 1; // the leading space counts
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
