/** Persistence plumbing shared by the features' entities. */
@NullMarked
package nl.weefsel.base.internal;

import org.jspecify.annotations.NullMarked;
