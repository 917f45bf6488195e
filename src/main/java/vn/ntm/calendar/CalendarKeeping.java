package vn.ntm.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.VietnameseDates;

/**
 * The administrator's changes to the calendar: a day off or a make-up working day entered or removed, a year
 * marked complete or reopened. Each is audited, refused over a version that is no longer the stored one, and
 * announced ({@link CalendarChanged}) so the counts read it again.
 */
@Service
class CalendarKeeping {

    static final String DAY = "calendar_day";
    static final String YEAR = "calendar_year";
    static final int NAME_MAX = 200;
    static final int BASIS_MAX = 300;

    private final CalendarStore store;
    private final WorkDays days;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarKeeping(
            CalendarStore store, WorkDays days, CurrentScope scope, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.days = days;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
    }

    boolean mayKeep() {
        return Permissions.mayKeepCalendar(scope.actor());
    }

    /** Enters a day; {@code dayText} as typed (dd/MM/yyyy). Every problem at once, nothing stored. */
    @Transactional
    CalendarDay add(String dayText, String kindText, String name, String basis) {
        requireKeeper();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (dayText == null || dayText.isBlank()) {
            problems.add(new FieldProblem("day", "calendar.error.dayRequired"));
        } else {
            day = VietnameseDates.parse(dayText).orElse(null);
            if (day == null) {
                problems.add(new FieldProblem("day", "calendar.error.noSuchDay", dayText.trim()));
            }
        }
        CalendarDay.Kind kind = kind(kindText);
        if (kind == null) {
            problems.add(new FieldProblem("kind", "calendar.error.kind"));
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            problems.add(new FieldProblem("name", "calendar.error.nameRequired"));
        } else if (cleanName.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "calendar.error.tooLong", NAME_MAX));
        }
        String cleanBasis = basis == null || basis.isBlank() ? null : basis.strip();
        if (cleanBasis != null && cleanBasis.length() > BASIS_MAX) {
            problems.add(new FieldProblem("basis", "calendar.error.tooLong", BASIS_MAX));
        }
        if (day != null && kind != null) {
            String shown = VietnameseDates.format(day);
            if (store.find(day).isPresent()) {
                problems.add(new FieldProblem("day", "calendar.error.twice", shown));
            } else if (kind == CalendarDay.Kind.WORKING && !days.isWeekend(day)) {
                problems.add(new FieldProblem("day", "calendar.error.alreadyWorking", shown));
            } else if (kind == CalendarDay.Kind.HOLIDAY && days.isWeekend(day)) {
                problems.add(new FieldProblem("day", "calendar.error.alreadyOff", shown));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        CalendarDay entered = new CalendarDay(day, kind, cleanName, cleanBasis, scope.username(), null, 0);
        if (!store.insert(entered, scope.username())) {
            throw audit.enteredMeanwhile(DAY, id(day), VietnameseDates.format(day));
        }
        audit.record(Change.created(DAY, id(day), null)
                .field("day", null, VietnameseDates.format(day))
                .field("dayKind", null, kind.name())
                .field("name", null, cleanName)
                .field("basis", null, cleanBasis));
        events.publishEvent(new CalendarChanged(day.getYear()));
        return store.find(day).orElseThrow();
    }

    /** Removes a day, only over the version the page showed. */
    @Transactional
    void remove(LocalDate day, int version) {
        requireKeeper();
        CalendarDay before = store.find(day).orElse(null);
        if (before == null || !store.delete(day, version)) {
            throw audit.staleEdit(DAY, id(day), version, before == null ? "-" : before.version());
        }
        audit.record(Change.of("DELETE", DAY, id(day), null)
                .field("day", VietnameseDates.format(day), null)
                .field("dayKind", before.kind().name(), null)
                .field("name", before.name(), null)
                .field("basis", before.basis(), null));
        events.publishEvent(new CalendarChanged(day.getYear()));
    }

    /** Says a year's days are all entered (or not), over the version the page showed. */
    @Transactional
    CalendarStore.Year markYear(int year, boolean complete, int version) {
        requireKeeper();
        CalendarStore.Year before = store.year(year);
        if (!store.markYear(year, complete, version, scope.username())) {
            throw audit.staleEdit(YEAR, year, version, store.year(year).version());
        }
        audit.record(Change.updated(YEAR, year, null).field("complete", before.complete(), complete));
        events.publishEvent(new CalendarChanged(year));
        return store.year(year);
    }

    CalendarStore.Year yearState(int year) {
        return store.year(year);
    }

    private void requireKeeper() {
        if (!mayKeep()) {
            throw new OutOfScopeException("calendar.error.role");
        }
    }

    private static CalendarDay.Kind kind(String text) {
        if (text == null) {
            return null;
        }
        for (CalendarDay.Kind k : CalendarDay.Kind.values()) {
            if (k.name().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        return null;
    }

    /** The audit's id of a day: 20260217 for 17/02/2026, readable in the trail. */
    static long id(LocalDate day) {
        return day.getYear() * 10000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    }
}
