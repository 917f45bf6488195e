package vn.ntm.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The calendar as counts read it: the weekly pattern of {@link CalendarProperties}, corrected by the days entered.
 * Each year is read once and kept until a {@link CalendarChanged} of that year is committed.
 */
@Service
@EnableConfigurationProperties(CalendarProperties.class)
class WorkDays implements WorkCalendar {

    /** A count never runs further than this (about ten years of working days): a typo, not a deadline. */
    static final int MOST_DAYS = 2600;

    private final CalendarStore store;
    private final CalendarProperties properties;
    private final Map<Integer, Map<LocalDate, CalendarDay>> years = new ConcurrentHashMap<>();

    WorkDays(CalendarStore store, CalendarProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        CalendarDay entered = entered(day.getYear()).get(day);
        if (entered != null) {
            return entered.kind() == CalendarDay.Kind.WORKING;
        }
        return !isWeekend(day);
    }

    boolean isWeekend(LocalDate day) {
        return properties.weekend().contains(day.getDayOfWeek());
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0 || n > MOST_DAYS) {
            throw new IllegalArgumentException("working days: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public List<CalendarDay> year(int year) {
        return List.copyOf(entered(year).values());
    }

    @Override
    public boolean complete(int year) {
        return store.year(year).complete();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(CalendarChanged event) {
        years.remove(event.year());
    }

    private Map<LocalDate, CalendarDay> entered(int year) {
        return years.computeIfAbsent(
                year,
                y -> store.days(y).stream()
                        .collect(Collectors.toMap(CalendarDay::day, d -> d, (a, b) -> a, LinkedHashMap::new)));
    }
}
