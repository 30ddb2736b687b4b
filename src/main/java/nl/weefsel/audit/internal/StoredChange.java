package nl.weefsel.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.base.RecordChanged;

/** What one {@code (:Change)} node holds: the readable diff, and the whole record before and after (ids unresolved). */
record StoredChange(String id, String kind, String recordId, String label, RecordChanged.Change change, String by,
                    Instant at, List<FieldChange> fields, Map<String, Flat> before, Map<String, Flat> after) {
}
