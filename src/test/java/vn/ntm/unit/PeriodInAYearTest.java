package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The last day of a unit's period of validity in a year, the one day a unit is looked at for that year: 31
 * December while it is in force, the day before it ended in the year it ended (the 2025 mergers took effect on
 * 1 July), nothing in a year it was not in force at all.
 */
class PeriodInAYearTest {

    static final Period MERGED_AWAY = new Period(LocalDate.of(2008, 1, 1), LocalDate.of(2025, 7, 1));
    static final Period SINCE_MERGER = new Period(LocalDate.of(2025, 7, 1), null);

    @Test
    void a_unit_in_force_all_year_is_looked_at_on_31_december() {
        assertThat(MERGED_AWAY.lastDayIn(2024)).contains(LocalDate.of(2024, 12, 31));
        assertThat(SINCE_MERGER.lastDayIn(2026)).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_unit_that_ended_during_the_year_is_looked_at_on_its_last_day_in_force() {
        assertThat(MERGED_AWAY.lastDayIn(2025)).contains(LocalDate.of(2025, 6, 30));
        assertThat(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).lastDayIn(2020))
                .as("ending on 1 January: in force all of the year before")
                .contains(LocalDate.of(2020, 12, 31));
    }

    @Test
    void a_unit_that_began_during_the_year_is_looked_at_on_31_december() {
        assertThat(SINCE_MERGER.lastDayIn(2025)).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void a_year_the_unit_was_not_in_force_at_all_has_no_day() {
        assertThat(MERGED_AWAY.lastDayIn(2026)).isEmpty();
        assertThat(SINCE_MERGER.lastDayIn(2024)).isEmpty();
        assertThat(MERGED_AWAY.lastDayIn(2007)).isEmpty();
        assertThat(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).lastDayIn(2021))
                .isEmpty();
    }
}
