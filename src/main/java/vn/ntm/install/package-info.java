/**
 * The installation a database belongs to: a demo (sample data, {@code ./mvnw spring-boot:run}) or a real one
 * ({@code ./ntm serve}). Recorded in the database at its first start, so demo data never enters a real database
 * and real imports never enter the demo's.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code installation}: the one row saying demo or real.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"errors", "text"})
package vn.ntm.install;

import org.springframework.modulith.ApplicationModule;
