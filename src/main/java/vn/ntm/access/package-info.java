/**
 * Users, roles and scopes: who may log in, what each role may do, and which units each user may read and change.
 * Form login and HTTP Basic for the API, throttling of repeated failures, password change and reset.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code app_user}: the accounts, their role, unit, body and password.
 * <li>{@code spring_session}, {@code spring_session_attributes}: the signed-in sessions (Spring Session JDBC).
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"audit", "errors", "imports", "org", "scope", "text", "unit", "web"})
package vn.ntm.access;

import org.springframework.modulith.ApplicationModule;
