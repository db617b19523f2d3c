/**
 * The shared question guides: what every method uses when talking with the citizen — the techniques of
 * motivational interviewing, change talk and status quo talk, and the SMART questions for a goal — and
 * {@link dk.borgerplan.guides.EditableContent}, which keeps any method's texts editable in {@code etc/}.
 *
 * <p>2.0: {@code EditableGuides} became {@code EditableContent}, which reads sheets, card decks and sections too.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package dk.borgerplan.guides;
