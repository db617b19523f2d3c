package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.SectionRecord;

/**
 * A method's plan section in one cycle, keyed by cycle, method and section together, so that a concurrent first insert
 * hits the primary key. The entries are stored as rows of (entry, field, value) in their order: the fields are the
 * method's, not the core's, so they are data here, not columns.
 */
@Entity
@Table(name = "METHOD_SECTION", indexes = @Index(name = "METHOD_SECTION_CYCLE", columnList = "CYCLE_ID"))
public class SectionEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 300)
    private String id;

    @Column(name = "CYCLE_ID", length = 36, nullable = false)
    private String cycleId;

    @Column(name = "METHOD_ID", length = 100, nullable = false)
    private String methodId;

    @Column(name = "SECTION_ID", length = 150, nullable = false)
    private String sectionId;

    @Column(name = "ENTRY_COUNT", nullable = false)
    private int entryCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "METHOD_SECTION_VALUE", joinColumns = @JoinColumn(name = "SECTION_KEY"))
    @OrderColumn(name = "POSITION")
    private List<SectionValueRow> values = new ArrayList<>();

    protected SectionEntity() {
    }

    SectionEntity(SectionRecord record) {
        this.id = key(record.cycleId(), record.method(), record.section());
        this.cycleId = record.cycleId();
        this.methodId = record.method();
        this.sectionId = record.section();
        stampCreated(record.created());
        apply(record);
    }

    static String key(String cycleId, String methodId, String sectionId) {
        return cycleId + "/" + methodId + "/" + sectionId;
    }

    /** A change replaces all entries and stamps the change. */
    void apply(SectionRecord record) {
        List<SectionValueRow> rows = new ArrayList<>();
        for (int i = 0; i < record.entries().size(); i++) {
            for (Map.Entry<String, String> value : record.entries().get(i).values().entrySet()) {
                rows.add(new SectionValueRow(i, value.getKey(), value.getValue()));
            }
        }
        this.values = rows;
        // An entry with no values at all has no rows: the count keeps it.
        this.entryCount = record.entries().size();
        stampUpdated(record.updated());
    }

    SectionRecord toRecord() {
        List<Map<String, String>> entries = new ArrayList<>();
        for (int i = 0; i < entryCount; i++) {
            entries.add(new LinkedHashMap<>());
        }
        for (SectionValueRow row : values) {
            entries.get(row.entryIndex()).put(row.field(), row.value());
        }
        return new SectionRecord(cycleId, methodId, sectionId, entries.stream().map(SectionEntry::new).toList(),
                List.of(), version(), created(), updated());
    }
}
