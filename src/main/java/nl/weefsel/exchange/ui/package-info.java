/** The import and export views. */
@NullMarked
package nl.weefsel.exchange.ui;

import org.jspecify.annotations.NullMarked;
