@NullMarked
package nl.weefsel.privacy.internal;

import org.jspecify.annotations.NullMarked;
