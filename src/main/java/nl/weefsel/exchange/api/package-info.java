/** The read-only JSON API, {@code /api/v1/…}: network, areas, and results that other features publish. */
@NullMarked
package nl.weefsel.exchange.api;

import org.jspecify.annotations.NullMarked;
