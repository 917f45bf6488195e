package vn.ntm.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Hands sheet rows on in chunks of a fixed size, so no more than one chunk is held while a file streams by. */
final class Chunker implements Consumer<ExchangeFile.SheetRow> {

    private final int size;
    private final Consumer<List<ExchangeFile.SheetRow>> flush;
    private List<ExchangeFile.SheetRow> chunk = new ArrayList<>();

    Chunker(int size, Consumer<List<ExchangeFile.SheetRow>> flush) {
        this.size = Math.max(1, size);
        this.flush = flush;
    }

    @Override
    public void accept(ExchangeFile.SheetRow row) {
        chunk.add(row);
        if (chunk.size() >= size) {
            finish();
        }
    }

    void finish() {
        if (!chunk.isEmpty()) {
            List<ExchangeFile.SheetRow> full = chunk;
            chunk = new ArrayList<>();
            flush.accept(full);
        }
    }
}
