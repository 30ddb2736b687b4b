/** The Cypher that reads the network for coverage, and the plain-Java finders that compute it. */
@NullMarked
package nl.weefsel.coverage.internal;

import org.jspecify.annotations.NullMarked;
