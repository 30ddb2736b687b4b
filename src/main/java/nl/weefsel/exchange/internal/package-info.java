/** Readers, writers and the Cypher of the exchange feature. */
@NullMarked
package nl.weefsel.exchange.internal;

import org.jspecify.annotations.NullMarked;
