/**
 * The network as one picture: actors as nodes, ties and affiliations as edges, for one area or
 * the whole, as of a chosen day.
 */
@NullMarked
package nl.weefsel.network;

import org.jspecify.annotations.NullMarked;
