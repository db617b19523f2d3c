/**
 * Calendar invitations as iCalendar files (RFC 5545, iTIP RFC 5546): describe a meeting with an
 * {@link dk.borgerplan.calendar.Invitation} and ask {@link dk.borgerplan.calendar.CalendarInvitations} for the .ics
 * bytes. Nothing of the calendar library is exported.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.calendar;
