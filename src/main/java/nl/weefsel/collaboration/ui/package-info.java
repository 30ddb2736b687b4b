/**
 * Vaadin side of working together: the record dialog every feature's editing views share (save,
 * end, delete, validation at the field, the conflict dialog, history, presence), live updates
 * through push, and the presence bar. The features' {@code ui} packages use it; their services
 * and entities never do.
 */
@NullMarked
package nl.weefsel.collaboration.ui;

import org.jspecify.annotations.NullMarked;
