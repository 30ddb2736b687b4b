@NullMarked
package nl.weefsel.impact.ui;

import org.jspecify.annotations.NullMarked;
