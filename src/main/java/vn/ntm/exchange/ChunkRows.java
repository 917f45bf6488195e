package vn.ntm.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.values.StoredValues.StoredValue;
import vn.ntm.assessment.values.ValueBatch;

/**
 * A chunk of sheet rows turned into the bulk writer's rows: one per non-empty value cell, located as
 * "dòng N, cột X", keeping the stored note (the sheet has no notes, so an upload must not erase them). Also the
 * digest of the stored versions of those cells per unit, which tells at apply time whether anyone changed them
 * since the preview.
 */
final class ChunkRows {

    /** Where a bulk row came from. */
    record Origin(ExchangeFile.SheetRow row, ExchangeFile.Value value) {}

    final List<ValueBatch.Row> rows;
    final Map<String, Origin> origins;
    final Map<Long, Long> digests;
    /** The stored values of the chunk's units, by unit id then indicator code. */
    final Map<Long, Map<String, StoredValue>> stored;

    ChunkRows(List<ExchangeFile.SheetRow> chunk, Map<Long, Map<String, StoredValue>> stored) {
        this(chunk, stored, null);
    }

    /** With the reason for changes after entry closed (those cells become change requests). */
    ChunkRows(List<ExchangeFile.SheetRow> chunk, Map<Long, Map<String, StoredValue>> stored, String changeReason) {
        this.stored = stored;
        int cells = 0;
        for (ExchangeFile.SheetRow row : chunk) {
            cells += row.values().size();
        }
        // sized once: a chunk of a national sheet has some 57,000 cells
        rows = new ArrayList<>(cells);
        origins = new HashMap<>(cells * 4 / 3 + 1);
        digests = new LinkedHashMap<>(chunk.size() * 4 / 3 + 1);
        for (ExchangeFile.SheetRow row : chunk) {
            Map<String, StoredValue> unitValues = stored.getOrDefault(row.unit().id(), Map.of());
            long digest = 0xcbf29ce484222325L;
            for (ExchangeFile.Value value : row.values()) {
                String code = value.indicator().code();
                StoredValue before = unitValues.get(code);
                String ref = SheetLayout.ref(row.number(), value.column());
                rows.add(new ValueBatch.Row(
                        ref,
                        row.unit().id(),
                        code,
                        input(value.cell().text(), before == null ? null : before.note(), changeReason)));
                origins.put(ref, new Origin(row, value));
                digest = before == null ? mix(mix(digest, code), "-") : mix(mix(digest, code), before.version());
            }
            digests.put(row.unit().id(), digest);
        }
    }

    /** The stored value of the cell's unit and indicator now, or null. */
    StoredValue storedNow(Origin origin) {
        return stored.getOrDefault(origin.row().unit().id(), Map.of())
                .get(origin.value().indicator().code());
    }

    /** Whether someone changed the cell's stored value since the template was made. */
    boolean changedSinceTemplate(Origin origin) {
        return origin.row().unit().changedSince(origin.value().indicator().code(), storedNow(origin));
    }

    /** The cell as Excel names it: "AN3". */
    static String cell(Origin origin) {
        return SheetLayout.column(origin.value().column()) + origin.row().number();
    }

    /** A cell's text as typed: "Không đánh giá: lý do" marks the indicator not evaluated, anything else is a value. */
    static ValueInput input(String text, String note, String changeReason) {
        return SheetLayout.notEvaluatedReason(text)
                .map(reason -> new ValueInput(null, true, reason, note, null, changeReason))
                .orElseGet(() -> new ValueInput(text, false, null, note, null, changeReason));
    }

    /** FNV-1a over the text's UTF-8 bytes, then a separator (a zero byte). */
    private static long mix(long hash, String text) {
        if (!isAscii(text)) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                hash = mixByte(hash, b & 0xff);
            }
            return mixByte(hash, 0);
        }
        // an indicator code is ASCII: its characters are its bytes, hashed without making a byte array per cell
        for (int i = 0; i < text.length(); i++) {
            hash = mixByte(hash, text.charAt(i));
        }
        return mixByte(hash, 0);
    }

    /** The same as {@code mix(hash, String.valueOf(number))}, without the text. */
    private static long mix(long hash, int number) {
        if (number < 0) {
            return mix(hash, String.valueOf(number));
        }
        int divisor = 1;
        while (number / divisor >= 10) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            hash = mixByte(hash, '0' + number / divisor % 10);
        }
        return mixByte(hash, 0);
    }

    private static long mixByte(long hash, int b) {
        return (hash ^ b) * 0x100000001b3L;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
