package nl.weefsel.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published by a service, inside its transaction, whenever it creates, changes, ends or deletes
 * a record. The history feature stores it; the collaboration feature pushes it to other open
 * browsers once the transaction has committed.
 *
 * @param kind   the kind of record, e.g. "Actor"
 * @param id     the record's id
 * @param change what happened
 * @param before the record as it was ({@code null} when created)
 * @param after  the record as it is now ({@code null} when deleted)
 * @param by     who did it
 * @param at     when
 */
public record RecordChanged(String kind, String id, Change change,
                            @Nullable Object before, @Nullable Object after,
                            String by, Instant at) {

    public enum Change { CREATED, UPDATED, ENDED, DELETED }

    public static RecordChanged created(String kind, String id, Object after) {
        return new RecordChanged(kind, id, Change.CREATED, null, after, CurrentUser.name(), Instant.now());
    }

    public static RecordChanged updated(String kind, String id, Object before, Object after) {
        return new RecordChanged(kind, id, Change.UPDATED, before, after, CurrentUser.name(), Instant.now());
    }

    public static RecordChanged ended(String kind, String id, Object before, Object after) {
        return new RecordChanged(kind, id, Change.ENDED, before, after, CurrentUser.name(), Instant.now());
    }

    public static RecordChanged deleted(String kind, String id, Object before) {
        return new RecordChanged(kind, id, Change.DELETED, before, null, CurrentUser.name(), Instant.now());
    }
}
