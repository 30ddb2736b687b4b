/** Views for policy advisers: map, grey zones, white spots, continuity risks and brokers. */
@NullMarked
package nl.weefsel.coverage.ui;

import org.jspecify.annotations.NullMarked;
