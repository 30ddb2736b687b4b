/**
 * Working together: committed changes relayed to every other open browser, and who else has the
 * same record open. Plain Java and Spring here; {@code ui} bridges to Vaadin push.
 */
@NullMarked
package nl.weefsel.collaboration;

import org.jspecify.annotations.NullMarked;
