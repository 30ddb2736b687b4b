/**
 * Coverage: the answers the seeds ask for. Grey zones (several holders of one role in one area),
 * white spots (areas or groups nobody serves, and needs nothing answers) and continuity risks (the
 * partner or tie whose loss cuts actors off). Built on the core features, never used by them.
 * The exact definitions are in {@code docs/design-decisions/DD007-coverage.md}.
 */
@NullMarked
package nl.weefsel.coverage;

import org.jspecify.annotations.NullMarked;
