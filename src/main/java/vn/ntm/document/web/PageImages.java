package vn.ntm.document.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.ntm.document.write.PagePreview;

/**
 * The preview pages of revisions as PNG, rendered once and kept in memory: a revision never changes, so
 * (document, revision, page) names one image for good. The newest {@link #LIMIT} are kept (about 50 kB each).
 */
@Component
class PageImages {

    static final int LIMIT = 120;

    private record Key(long document, int revision, int page) {}

    private final PagePreview preview = new PagePreview();
    private final Map<Key, byte[]> images = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > LIMIT;
        }
    };
    private final Map<Key, Integer> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Integer> eldest) {
            return size() > LIMIT;
        }
    };

    /** How many pages the revision's PDF has; {@code pdf} is read only when not known yet. */
    int pages(long document, int revision, Supplier<byte[]> pdf) {
        Key key = new Key(document, revision, 0);
        synchronized (counts) {
            Integer known = counts.get(key);
            if (known != null) {
                return known;
            }
        }
        int count = preview.pages(pdf.get());
        synchronized (counts) {
            counts.put(key, count);
        }
        return count;
    }

    /** Page {@code page} (from 1) as PNG, or null when the PDF has no such page. */
    byte[] png(long document, int revision, int page, Supplier<byte[]> pdf) {
        Key key = new Key(document, revision, page);
        synchronized (images) {
            byte[] known = images.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] bytes = pdf.get();
        if (page < 1 || page > pages(document, revision, () -> bytes)) {
            return null;
        }
        byte[] image = preview.png(bytes, page);
        synchronized (images) {
            images.put(key, image);
        }
        return image;
    }
}
