package vn.ntm.calendar;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.ApiController;

/**
 * The working-day calendar for other systems: a year's days as entered, its weekly days off and whether it is
 * marked complete; an administrator enters a day (the path's day, ISO or dd/MM/yyyy) or removes one. The same
 * rules as the screen.
 */
@ApiController("/api/v1")
@Tag(name = "Lịch ngày nghỉ / Working-day calendar")
class CalendarApi {

    private final WorkDays days;
    private final CalendarKeeping keeping;
    private final CalendarProperties properties;

    CalendarApi(WorkDays days, CalendarKeeping keeping, CalendarProperties properties) {
        this.days = days;
        this.keeping = keeping;
        this.properties = properties;
    }

    /** A year as the API answers it; {@code version}: the year's, for marking it complete. */
    record YearAnswer(int year, boolean complete, int version, List<DayOfWeek> weekend, List<DayAnswer> days) {}

    /** {@code day} ISO, {@code dayText} as Vietnamese users write it. */
    record DayAnswer(LocalDate day, String dayText, CalendarDay.Kind kind, String name, String basis, int version) {
        static DayAnswer of(CalendarDay d) {
            return new DayAnswer(d.day(), VietnameseDates.format(d.day()), d.kind(), d.name(), d.basis(), d.version());
        }
    }

    /** What a day is entered with. {@code kind}: HOLIDAY or WORKING (a make-up working day). */
    record DayEntry(String kind, String name, String basis) {}

    @GetMapping("/calendar/{year}")
    YearAnswer year(@PathVariable int year) {
        if (year < 1900 || year > 9999) {
            throw new BadInputException("year", "calendar.error.year", String.valueOf(year));
        }
        CalendarStore.Year state = keeping.yearState(year);
        return new YearAnswer(
                year,
                state.complete(),
                state.version(),
                properties.weekend().stream().sorted().toList(),
                days.year(year).stream().map(DayAnswer::of).toList());
    }

    @PutMapping("/calendar/days/{day}")
    @ResponseStatus(HttpStatus.CREATED)
    DayAnswer enter(@PathVariable String day, @RequestBody DayEntry entry) {
        return DayAnswer.of(keeping.add(day, entry.kind(), entry.name(), entry.basis()));
    }

    @DeleteMapping("/calendar/days/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String day, @RequestParam int version) {
        LocalDate d = VietnameseDates.parse(day)
                .orElseThrow(() -> new BadInputException("day", "calendar.error.noSuchDay", day));
        keeping.remove(d, version);
    }
}
