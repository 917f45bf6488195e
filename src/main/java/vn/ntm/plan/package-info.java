/**
 * Plans, directives and their tasks with the "6 rõ": who does what by when, what is due and late. This branch holds
 * only the deadlines ({@code plan.deadline}): the words a deadline is written in, read by a grammar and judged in
 * Vietnam's time on the working-day calendar.
 *
 * <p>Owns tables:
 * <ul>
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"calendar", "errors", "text", "web"})
package vn.ntm.plan;

import org.springframework.modulith.ApplicationModule;
