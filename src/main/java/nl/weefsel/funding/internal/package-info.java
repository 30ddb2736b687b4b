/** Entities, repositories and Cypher of the funding feature; used by nothing outside it. */
@NullMarked
package nl.weefsel.funding.internal;

import org.jspecify.annotations.NullMarked;
