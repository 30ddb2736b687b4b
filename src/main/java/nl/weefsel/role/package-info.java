/**
 * Roles: the taxonomy of tasks in the ecosystem (in-school culture education, neighbourhood
 * scouting, supporting initiatives …) and who holds which role in which area — assigned by the
 * municipality, practised in fact, or claimed — so that grey zones become visible.
 */
@NullMarked
package nl.weefsel.role;

import org.jspecify.annotations.NullMarked;
