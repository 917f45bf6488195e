/**
 * The working-day calendar the administrator keeps: the days off (Tết and the other holidays, day by day, with the
 * decision that set them) and the make-up working days (ngày làm bù), as exceptions to the weekly pattern. No date
 * ships with the product: the calendar starts empty, and a year the administrator has not marked complete makes
 * every count of working days across it carry a warning.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code calendar_day}: each day off or make-up working day entered, its name and basis.
 * <li>{@code calendar_year}: the years whose days the administrator says are all entered.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"audit", "db", "errors", "scope", "text", "web"})
package vn.ntm.calendar;

import org.springframework.modulith.ApplicationModule;
