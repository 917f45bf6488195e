/**
 * The append-only audit log of every change: who, when, what, old value, new value, reason.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code audit_log}: one row per change (append-only: a trigger refuses updates and deletes).
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"db", "errors", "scope", "text"})
package vn.ntm.audit;

import org.springframework.modulith.ApplicationModule;
