/**
 * Assessments: indicator values with evidence per unit and year, their judgement, verification and entry periods.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code assessment_value}: a unit-year's value of an indicator, its state, return reason and version.
 * <li>{@code evidence}: the files that back a value.
 * <li>{@code value_change_request}: a change to a verified value, waiting for approval.
 * <li>{@code entry_period}: when a province's units may enter the values of a set and year.
 * <li>{@code unit_result}, {@code criterion_result}, {@code indicator_result}: the judgement, stored at write time.
 * </ul>
 *
 * <p>Publishes views (read-only, for other modules' SQL):
 * <ul>
 * <li>{@code assessment_indicator_use_view}: the indicators that values or change requests use (the catalog keeps
 * them).
 * </ul>
 *
 * <p>May use: the catalog ({@code criteria}), the units ({@code unit}), bodies ({@code org}), the unit leaders of
 * {@code access}, the scope of the caller, the audit log, the database's bulk writer and after-commit hand-on, and
 * the shared errors, text and web shell.
 */
@ApplicationModule(
        allowedDependencies = {
            "access",
            "audit",
            "criteria",
            "db",
            "errors",
            "files",
            "org",
            "scope",
            "text",
            "unit",
            "web"
        })
package vn.ntm.assessment;

import org.springframework.modulith.ApplicationModule;
