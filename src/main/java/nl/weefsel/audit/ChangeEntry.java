package nl.weefsel.audit;

import java.time.Instant;
import java.util.List;
import nl.weefsel.base.RecordChanged;

/**
 * One recorded change of one record.
 *
 * @param kind     the kind of record, e.g. "Actor"
 * @param label    how the record was called when it changed, e.g. "SKVR" or "SKVR · Quardin"
 * @param fields   the fields that changed, before → after
 */
public record ChangeEntry(String id, String kind, String recordId, String label, RecordChanged.Change change,
                          String by, Instant at, List<FieldChange> fields) {

    public ChangeEntry {
        fields = List.copyOf(fields);
    }
}
