/**
 * Partnerships: the ties between actors, with the facts the seeds name as success factors —
 * since when, how intense, agreed in writing or not, with a fixed contact person or not — and
 * who asserted them. A tie proposed by one side stays visible as one-sided until the other
 * side confirms it.
 */
@NullMarked
package nl.weefsel.partnership;

import org.jspecify.annotations.NullMarked;
