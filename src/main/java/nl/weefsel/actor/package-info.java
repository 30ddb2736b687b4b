/**
 * Actors: the organisations of the cultural ecosystem (SKVR, a school, a library, a funder …) and
 * the people who hold a role in it (a wijkverkenner, an ICC'er), with the areas where they are
 * located or active.
 */
@NullMarked
package nl.weefsel.actor;

import org.jspecify.annotations.NullMarked;
