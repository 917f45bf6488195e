package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ntm.assessment.values.StoredValues;
import vn.ntm.assessment.values.StoredValues.StoredValue;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.UnitCoverage;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Templates to download: one commune-year, or every unit the set covers in the caller's scope in force on a day
 * of the year (31 December by default, or today for the current year), with the stored values filled in. Values
 * are read a thousand units at a time and rows streamed out, so the country's sheet fits in little memory.
 */
@Service
class Templates {

    private static final int READ_CHUNK = 1_000;

    private final Catalog catalog;
    private final Units units;
    private final StoredValues stored;
    private final Messages messages;

    Templates(Catalog catalog, Units units, StoredValues stored, Messages messages) {
        this.catalog = catalog;
        this.units = units;
        this.stored = stored;
        this.messages = messages;
    }

    /** What a template covers: the set, the year, the units (in sheet order) and the day they were listed on. */
    record Target(CriteriaSet set, int year, LocalDate on, Long unitId, List<UnitView> units) {}

    Target target(String setCode, int year, Long unitId, LocalDate on) {
        CriteriaSet set = catalog.set(setCode);
        set.requireYear(year);
        UnitCoverage coverage = set.coverage();
        if (unitId != null) {
            UnitView unit = units.get(unitId);
            if (unit.level() != coverage.level()) {
                throw new BadInputException("unit", "assessment.error.unitLevel", unit.name(), set.code());
            }
            LocalDate date = unit.validity()
                    .lastDayIn(year)
                    .orElseThrow(() -> new BadInputException(
                            "year",
                            "assessment.error.unitNotValidInYear",
                            unit.name(),
                            unit.code(),
                            year,
                            unit.validFrom(),
                            unit.validity().lastDay()));
            UnitView then = units.getOn(unitId, date);
            if (!coverage.covers(then)) {
                throw new BadInputException(
                        "unit", "authoring.error.notCovered", then.name(), set.code(), String.valueOf(year));
            }
            return new Target(set, year, date, unitId, List.of(then));
        }
        LocalDate day = on == null ? defaultDay(year) : on;
        if (day.getYear() != year) {
            throw new BadInputException("on", "exchange.error.dayOutsideYear", day, String.valueOf(year));
        }
        return new Target(
                set,
                year,
                day,
                null,
                units.level(coverage.level(), day).stream()
                        .filter(coverage::covers)
                        .toList());
    }

    void write(Target target, OutputStream out) throws IOException {
        TemplateWriter.Headers headers = new TemplateWriter.Headers(
                messages.get(Messages.VIETNAMESE, "exchange.sheet.id"),
                messages.get(Messages.VIETNAMESE, "exchange.sheet.code"),
                messages.get(Messages.VIETNAMESE, "exchange.sheet.name"),
                messages.get(Messages.VIETNAMESE, "exchange.sheet.setYear"),
                messages.get(Messages.VIETNAMESE, "exchange.sheet.listWarning"));
        try (TemplateWriter writer = new TemplateWriter(target.set(), target.year(), headers)) {
            List<UnitView> list = target.units();
            for (int from = 0; from < list.size(); from += READ_CHUNK) {
                List<UnitView> chunk = list.subList(from, Math.min(list.size(), from + READ_CHUNK));
                Map<Long, Map<String, StoredValue>> values = stored.of(
                        target.set().code(),
                        target.year(),
                        chunk.stream().map(UnitView::id).toList());
                chunk.forEach(u -> writer.unit(u, values.getOrDefault(u.id(), Map.of())));
            }
            writer.finish(out);
        }
    }

    /** "ntm-NTM-XA-2021-2025-2024-20185.xlsx" for a commune, "...-2024-31-12-2024.xlsx" for a list. */
    String fileName(Target target) {
        String what = target.unitId() != null
                ? target.units().get(0).code()
                : target.on().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        return "ntm-" + target.set().code() + "-" + target.year() + "-" + what + ".xlsx";
    }

    LocalDate defaultDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = units.today();
        return today.getYear() == year && today.isBefore(end) ? today : end;
    }
}
