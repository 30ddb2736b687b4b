/**
 * What neighbourhood scouts register: initiatives (the local offer) and needs (demand heard in a
 * neighbourhood), matched against each other — the pilots worked "vanuit de vraag uit de wijken".
 */
@NullMarked
package nl.weefsel.initiative;

import org.jspecify.annotations.NullMarked;
