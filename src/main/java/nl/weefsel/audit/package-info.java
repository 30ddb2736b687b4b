/**
 * History: every create, change, end and delete of a record, kept as {@code (:Change)} nodes with
 * who, when and what before → after, so that the history survives restarts and deletions.
 * Listens to {@link nl.weefsel.base.RecordChanged}; the core features never call it.
 */
@NullMarked
package nl.weefsel.audit;

import org.jspecify.annotations.NullMarked;
