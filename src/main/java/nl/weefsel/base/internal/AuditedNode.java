package nl.weefsel.base.internal;

import java.time.Instant;
import java.util.UUID;
import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;

/**
 * Base of every entity: an application-assigned id (stable across back-ups and servers),
 * audit stamps filled in by Spring Data's auditing, and a version for optimistic locking —
 * a save based on an outdated version fails instead of overwriting someone else's change.
 */
public abstract class AuditedNode {

    @Id
    private String id;

    @Version
    private @Nullable Long version;

    @CreatedBy
    private @Nullable String createdBy;
    @CreatedDate
    private @Nullable Instant createdAt;
    @LastModifiedBy
    private @Nullable String updatedBy;
    @LastModifiedDate
    private @Nullable Instant updatedAt;

    /** @param id the id to keep, or {@code null} for a new random one */
    protected AuditedNode(@Nullable String id) {
        this.id = id == null ? UUID.randomUUID().toString() : id;
    }

    public String getId() {
        return id;
    }

    /** The version last read or written; 0 for a record that was never saved. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Audit audit() {
        return new Audit(createdBy, createdAt, updatedBy, updatedAt);
    }
}
