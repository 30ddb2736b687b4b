/**
 * Where the graph lives: an embedded Neo4j by default, a Neo4j server when {@code NEO4J_URI} is
 * set. Either way Spring Data Neo4j talks to it through the ordinary Bolt driver.
 */
@NullMarked
package nl.weefsel.database;

import org.jspecify.annotations.NullMarked;
