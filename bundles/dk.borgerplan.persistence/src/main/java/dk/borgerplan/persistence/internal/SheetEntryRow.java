package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetField;
import dk.borgerplan.plan.Stamp;

/**
 * One entry of a preparation sheet: its field, words, icons (comma-separated concept ids, as in the plan's fields),
 * the picture it shows, who wrote it (id and the name they had) and for whom, and its stamps.
 */
@Embeddable
public class SheetEntryRow {

    @Column(name = "ENTRY_ID", length = 36, nullable = false)
    private String entryId;

    @Column(name = "FIELD", length = 20, nullable = false)
    private String field;

    @Column(name = "TEXT", length = 2000)
    private String text;

    @Column(name = "ICONS", length = 1000, nullable = false)
    private String icons;

    @Column(name = "PICTURE_ID", length = 36)
    private String pictureId;

    @Column(name = "WRITTEN_BY_ID", length = 100, nullable = false)
    private String writtenById;

    @Column(name = "WRITTEN_BY_NAME", length = 200, nullable = false)
    private String writtenByName;

    @Column(name = "ON_BEHALF_OF", length = 200)
    private String onBehalfOf;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected SheetEntryRow() {
    }

    SheetEntryRow(SheetEntry entry) {
        this.entryId = entry.id();
        this.field = entry.field().name();
        this.text = entry.text();
        this.icons = String.join(",", entry.icons());
        this.pictureId = entry.pictureId();
        this.writtenById = entry.writtenBy().id();
        this.writtenByName = entry.writtenBy().name();
        this.onBehalfOf = entry.onBehalfOf();
        this.createdBy = entry.created().by();
        this.createdAt = entry.created().at();
        this.updatedBy = entry.updated().by();
        this.updatedAt = entry.updated().at();
    }

    SheetEntry toEntry() {
        return new SheetEntry(entryId, SheetField.valueOf(field), text,
                icons.isEmpty() ? List.of() : List.of(icons.split(",")), pictureId,
                new Actor(writtenById, writtenByName), onBehalfOf, new Stamp(createdBy, createdAt),
                new Stamp(updatedBy, updatedAt));
    }
}
