@NullMarked
package nl.weefsel.impact.internal;

import org.jspecify.annotations.NullMarked;
