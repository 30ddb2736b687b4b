/**
 * The built-in sign-in provider of demo mode: a real OIDC provider (Spring Authorization Server)
 * inside Weefsel, with one demo account per role, used through the same OAuth2 code path as an
 * external provider. Never active in production mode or when an external issuer is configured.
 */
@NullMarked
package nl.weefsel.security.demo;

import org.jspecify.annotations.NullMarked;
