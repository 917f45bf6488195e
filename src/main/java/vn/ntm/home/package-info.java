/**
 * The home page: where each role starts its work (the commune's year, the values to verify, the province view,
 * the country and the administration), on the set and year the one rule of {@code DefaultPeriods} chooses.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(
        allowedDependencies = {"access", "assessment", "assessment :: periods", "assessment :: work", "scope", "unit"})
package vn.ntm.home;

import org.springframework.modulith.ApplicationModule;
