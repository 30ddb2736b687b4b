/**
 * Personal data of role-holding people (AVG/GDPR): kept apart from the network, only with recorded
 * consent, exportable and erasable by an administrator without breaking the network.
 */
@NullMarked
package nl.weefsel.privacy;

import org.jspecify.annotations.NullMarked;
