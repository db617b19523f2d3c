package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One value of a method section's entry: which entry (its position), which field, the value as text. */
@Embeddable
public class SectionValueRow {

    @Column(name = "ENTRY_INDEX", nullable = false)
    private int entryIndex;

    @Column(name = "FIELD", length = 100, nullable = false)
    private String field;

    @Column(name = "FIELD_VALUE", length = 4000, nullable = false)
    private String value;

    protected SectionValueRow() {
    }

    SectionValueRow(int entryIndex, String field, String value) {
        this.entryIndex = entryIndex;
        this.field = field;
        this.value = value;
    }

    int entryIndex() {
        return entryIndex;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }
}
