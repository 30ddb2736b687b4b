/** How changes are flattened, compared and stored as {@code (:Change)} nodes. */
@NullMarked
package nl.weefsel.audit.internal;

import org.jspecify.annotations.NullMarked;
