package nl.weefsel.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who created and last changed a record, and when. */
public record Audit(@Nullable String createdBy, @Nullable Instant createdAt,
                    @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
