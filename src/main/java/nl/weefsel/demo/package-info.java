/**
 * The demo ecosystem drawn from the seed documents (Rotterdam's wijken, SKVR and its pilots,
 * Cultuur Concreet, KC-R and KunstPakt schools), loaded into an empty database on first start.
 */
@NullMarked
package nl.weefsel.demo;

import org.jspecify.annotations.NullMarked;
