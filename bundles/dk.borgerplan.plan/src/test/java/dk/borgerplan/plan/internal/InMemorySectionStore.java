package dk.borgerplan.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.SectionStore;

/** Plan sections in memory for the plan model's unit tests, with the same version rule as the real store. */
class InMemorySectionStore implements SectionStore {

    final Map<String, SectionRecord> records = new LinkedHashMap<>();

    private static String key(String cycleId, String methodId, String sectionId) {
        return cycleId + "/" + methodId + "/" + sectionId;
    }

    @Override
    public synchronized Optional<SectionRecord> section(String cycleId, String methodId, String sectionId) {
        return Optional.ofNullable(records.get(key(cycleId, methodId, sectionId)));
    }

    @Override
    public synchronized SectionRecord save(SectionRecord record, long expectedVersion) {
        String key = key(record.cycleId(), record.method(), record.section());
        SectionRecord current = records.get(key);
        long currentVersion = current == null ? 0 : current.version();
        if (currentVersion != expectedVersion) {
            throw new VersionConflictException("section", record.section(), expectedVersion, currentVersion);
        }
        SectionRecord stored = new SectionRecord(record.cycleId(), record.method(), record.section(), record.entries(),
                java.util.List.of(), expectedVersion + 1, record.created(), record.updated());
        records.put(key, stored);
        return stored;
    }
}
