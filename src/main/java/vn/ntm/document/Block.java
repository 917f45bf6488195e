package vn.ntm.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One piece of a document's body, in reading order. Kept as JSON with its kind's simple name ("Heading"...). */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "block")
@JsonSubTypes({
    @JsonSubTypes.Type(Block.Heading.class),
    @JsonSubTypes.Type(Block.Paragraph.class),
    @JsonSubTypes.Type(Block.BulletList.class),
    @JsonSubTypes.Type(Block.CountedList.class),
    @JsonSubTypes.Type(Block.Table.class),
    @JsonSubTypes.Type(Block.Article.class)
})
public sealed interface Block
        permits Block.Heading, Block.Paragraph, Block.BulletList, Block.CountedList, Block.Table, Block.Article {

    /**
     * A numbered heading: level 1 a mục ("I.", IN HOA bold), level 2 a khoản ("1.", bold when it has a title), level 3
     * an điểm ("a)").
     */
    record Heading(int level, String label, String text) implements Block {}

    /** A body paragraph: justified, first-line indent. */
    record Paragraph(List<Run> runs) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        public static Paragraph of(Run... runs) {
            return new Paragraph(List.of(runs));
        }
    }

    /** Items each starting with a marker ("-", "+"). */
    record BulletList(String marker, List<Paragraph> items) implements Block {

        public BulletList {
            items = List.copyOf(items);
        }

        public static BulletList of(String marker, String... items) {
            return new BulletList(
                    marker, List.of(items).stream().map(Paragraph::of).toList());
        }
    }

    /**
     * A count with the items it counts ("Đã đạt {n}/{total} tiêu chí:" then each item): the document prints n = the
     * number of items listed, never a typed figure. {@code before} and {@code after} surround "n/total".
     */
    record CountedList(String before, int total, String after, List<String> items) implements Block {

        public CountedList {
            items = List.copyOf(items);
            if (items.size() > total) {
                throw new IllegalArgumentException("more items than the total: " + items.size() + "/" + total);
            }
        }

        public int counted() {
            return items.size();
        }

        /** The line that states the count, as printed. */
        public String countLine() {
            return before + " " + counted() + "/" + total + after;
        }
    }

    /** A table with a header row; every row has as many cells as there are columns. */
    record Table(List<String> columns, List<List<String>> rows) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size());
                }
            }
        }
    }

    /** An article of a Quyết định: "Điều 1." bold with its title, then its blocks. */
    record Article(String label, String title, List<Block> blocks) implements Block {

        public Article {
            blocks = List.copyOf(blocks);
        }
    }
}
