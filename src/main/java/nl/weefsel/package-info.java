/**
 * Weefsel maps a city's or province's cultural ecosystem as a graph.
 *
 * <p>Core features ({@code area}, {@code actor}, {@code role}, {@code partnership},
 * {@code initiative}) keep the network; the features built on them ({@code analysis},
 * {@code coverage}, {@code exchange}, {@code audit}, {@code collaboration}) may use the core,
 * never the other way round. Each feature's root package is its API (services and records);
 * {@code internal} holds entities and repositories, {@code ui} holds views.
 */
@NullMarked
package nl.weefsel;

import org.jspecify.annotations.NullMarked;
