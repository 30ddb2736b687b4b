/**
 * Getting data in and out: Weefsel's own JSON back-up (export and restore with ids, audit,
 * provenance and history), GraphML, GEXF and CSV exports, spreadsheet import of actors, roles,
 * ties, initiatives and needs, areas from CBS/PDOK open data, and the read-only JSON API.
 * The root package is the API; {@code internal} holds readers, writers and Cypher, {@code ui}
 * the views, {@code api} the REST controllers.
 */
@NullMarked
package nl.weefsel.exchange;

import org.jspecify.annotations.NullMarked;
