/**
 * Deadlines as written ("trước ngày 25/4/2026", "hằng tuần", "trong 5 ngày làm việc"), read by a grammar and judged
 * in Vietnam's time on the working-day calendar.
 */
package vn.ntm.plan.deadline;
