/** The application layout and UI pieces every feature's views share. */
@NullMarked
package nl.weefsel.base.ui;

import org.jspecify.annotations.NullMarked;
