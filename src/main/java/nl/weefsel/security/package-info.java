/** Sign-in and who may do what. */
@NullMarked
package nl.weefsel.security;

import org.jspecify.annotations.NullMarked;
