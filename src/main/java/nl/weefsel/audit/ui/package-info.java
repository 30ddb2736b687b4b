/** The activity feed of one record (shown in its form) and of the whole network (a view). */
@NullMarked
package nl.weefsel.audit.ui;

import org.jspecify.annotations.NullMarked;
