/**
 * What every feature shares: validity periods, provenance, audit stamps, the errors services
 * raise, and (in {@code ui}) the application layout.
 */
@NullMarked
package nl.weefsel.base;

import org.jspecify.annotations.NullMarked;
