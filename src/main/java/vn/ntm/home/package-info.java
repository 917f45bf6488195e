/**
 * The home page: where each role starts its work (the commune's year, the values to verify, the province view,
 * the country and the administration), on the set and year the one rule of {@code DefaultPeriods} chooses.
 */
@org.springframework.modulith.ApplicationModule
package vn.ntm.home;
