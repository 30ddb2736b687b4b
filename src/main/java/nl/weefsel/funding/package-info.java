/**
 * Funding: who pays for whose work. A funding tie runs from a funder (any actor) to an actor or an
 * initiative, with an amount, a period and an instrument; an initiative's budget sets its financing
 * mix against those ties ("In the Mix", seeds/004). Also which funders fund similar work, money per
 * area beside the white spots, and the flows the network view can draw (DD010).
 */
@NullMarked
package nl.weefsel.funding;

import org.jspecify.annotations.NullMarked;
