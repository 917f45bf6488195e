package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ntm.assessment.values.StoredValues.StoredValue;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.exchange.sheets.Look;
import vn.ntm.exchange.sheets.RowOut;
import vn.ntm.exchange.sheets.SheetOut;
import vn.ntm.exchange.sheets.WorkbookOut;
import vn.ntm.unit.UnitView;

/**
 * Writes the exchange workbook ({@link SheetLayout}) row by row through the streamed {@link WorkbookOut}: a sheet
 * of every commune in the country costs little heap (the table of distinct texts, mostly unit names, stays in
 * memory). Every text (unit names, reasons) is a text cell that can never become a formula.
 */
final class TemplateWriter implements AutoCloseable {

    /** Shared strings (as Excel writes them) rather than inline ones: the unique texts are few (names, codes). */
    private final WorkbookOut workbook =
            WorkbookOut.streamed(WorkbookOut.Streaming.standard().sharingStrings());

    private final SheetOut data;
    private final SheetOut ids;
    private final List<Indicator> indicators;
    private final Headers headers;

    /** Texts of the sheet: headers of columns A-C, the label of the wording row, the Đạt / Không đạt warning. */
    record Headers(String id, String code, String name, String setLine, String listWarning) {}

    TemplateWriter(CriteriaSet set, int year, Headers headers) {
        this.indicators = set.indicators().toList();
        this.headers = headers;
        this.data = workbook.sheet(SheetLayout.DATA_SHEET);
        this.ids = workbook.keySheet(SheetLayout.ID_SHEET);
        header(set, year, headers);
        ids.row()
                .text(0, SheetLayout.FORMAT)
                .text(1, set.code())
                .number(2, year)
                // says the unit rows carry the versions the sheet was made from (older templates do not)
                .text(3, SheetLayout.VERSIONS);
    }

    private void header(CriteriaSet set, int year, Headers headers) {
        RowOut codes = data.row();
        RowOut wording = data.row().height(90);
        codes.text(SheetLayout.ID_COLUMN, headers.id(), Look.BOLD)
                .text(SheetLayout.UNIT_CODE_COLUMN, headers.code(), Look.BOLD)
                .text(SheetLayout.NAME_COLUMN, headers.name(), Look.BOLD);
        wording.text(SheetLayout.ID_COLUMN, headers.setLine(), Look.WRAP)
                .text(SheetLayout.UNIT_CODE_COLUMN, set.code(), Look.WRAP)
                .number(SheetLayout.NAME_COLUMN, year);
        data.width(SheetLayout.ID_COLUMN, 12)
                .width(SheetLayout.UNIT_CODE_COLUMN, 10)
                .width(SheetLayout.NAME_COLUMN, 28);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int column = SheetLayout.FIRST_INDICATOR_COLUMN + i;
            codes.text(column, indicator.code(), Look.BOLD);
            String unit =
                    indicator.measureUnit() == null || indicator.measureUnit().isBlank()
                            ? ""
                            : " (" + indicator.measureUnit() + ")";
            wording.text(column, indicator.textVi() + unit, Look.WRAP);
            data.width(column, 16);
        }
        data.freeze(SheetLayout.FIRST_INDICATOR_COLUMN, SheetLayout.FIRST_DATA_ROW - 1);
    }

    /** One unit's row, its stored values pre-filled: numbers as numbers, the rest as text. */
    void unit(UnitView unit, Map<String, StoredValue> values) {
        RowOut row = data.row()
                .number(SheetLayout.ID_COLUMN, unit.id())
                .text(SheetLayout.UNIT_CODE_COLUMN, unit.code())
                .text(SheetLayout.NAME_COLUMN, unit.name());
        for (int i = 0; i < indicators.size(); i++) {
            StoredValue value = values.get(indicators.get(i).code());
            int column = SheetLayout.FIRST_INDICATOR_COLUMN + i;
            if (value != null && value.number() != null) {
                row.number(column, value.number());
            } else {
                SheetLayout.text(value).ifPresent(t -> row.text(column, t));
            }
        }
        ids.row().number(0, unit.id()).text(1, unit.code()).text(2, unit.name()).text(3, SheetLayout.versions(values));
    }

    /** Adds the Đạt / Không đạt lists to the qualitative columns and writes the workbook. */
    void finish(OutputStream out) throws IOException {
        int last = Math.max(data.nextRow() - 1, SheetLayout.FIRST_DATA_ROW - 1);
        List<SheetOut.Cells> qualitative = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicators.get(i).measured()) {
                qualitative.add(new SheetOut.Cells(
                        SheetLayout.FIRST_DATA_ROW - 1, last, SheetLayout.FIRST_INDICATOR_COLUMN + i));
            }
        }
        if (!qualitative.isEmpty()) {
            // A warning, not a stop: "Không đánh giá: lý do" is also accepted there.
            data.choices(
                    qualitative,
                    List.of(SheetLayout.MET, SheetLayout.NOT_MET),
                    SheetLayout.MET + " / " + SheetLayout.NOT_MET,
                    headers.listWarning());
        }
        workbook.write(out);
    }

    /** Removes the temporary files of the rows already flushed. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
