package vn.ntm.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a feature hands over to be printed: no geometry, no issuer (that is passed beside it). {@code date} null = an
 * undated draft (blanks are printed); {@code place} null = the issuer's. For a công văn {@code title} is the trích yếu
 * after "V/v ". {@code distribution} lists the Nơi nhận lines without the first ("Như trên") and the last ("Lưu"),
 * which the layout adds. {@code draftingUnit} is the drafting unit's code ("VP", "NN") of a state công văn's symbol
 * and of its "Lưu" line. {@code draftYear}: the year an undated draft prints (null = this year in Vietnam).
 */
public record DocumentContent(
        DocumentKind kind,
        String place,
        LocalDate date,
        String title,
        String titleSecondLine,
        List<String> recipients,
        List<String> legalBases,
        List<Block> body,
        List<String> distribution,
        SigningBlock signature,
        String draftingUnit,
        Integer draftYear) {

    public DocumentContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        recipients = List.copyOf(recipients);
        legalBases = List.copyOf(legalBases);
        body = List.copyOf(body);
        distribution = List.copyOf(distribution);
    }

    public static Builder builder(DocumentKind kind) {
        return new Builder(kind);
    }

    /** The same content dated (numbering sets the issue date). */
    public DocumentContent dated(LocalDate on) {
        return new DocumentContent(
                kind,
                place,
                on,
                title,
                titleSecondLine,
                recipients,
                legalBases,
                body,
                distribution,
                signature,
                draftingUnit,
                draftYear);
    }

    public static final class Builder {
        private final DocumentKind kind;
        private String place;
        private LocalDate date;
        private String title = "";
        private String titleSecondLine;
        private List<String> recipients = List.of();
        private List<String> legalBases = List.of();
        private final List<Block> body = new ArrayList<>();
        private List<String> distribution = List.of();
        private SigningBlock signature;
        private String draftingUnit;
        private Integer draftYear;

        private Builder(DocumentKind kind) {
            this.kind = kind;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder titleSecondLine(String line) {
            this.titleSecondLine = line;
            return this;
        }

        public Builder recipients(List<String> recipients) {
            this.recipients = recipients;
            return this;
        }

        public Builder legalBases(List<String> legalBases) {
            this.legalBases = legalBases;
            return this;
        }

        public Builder body(List<Block> blocks) {
            body.addAll(blocks);
            return this;
        }

        public Builder add(Block block) {
            body.add(block);
            return this;
        }

        public Builder distribution(List<String> lines) {
            this.distribution = lines;
            return this;
        }

        public Builder signature(SigningBlock signature) {
            this.signature = signature;
            return this;
        }

        public Builder draftingUnit(String code) {
            this.draftingUnit = code;
            return this;
        }

        public Builder draftYear(int year) {
            this.draftYear = year;
            return this;
        }

        public DocumentContent build() {
            return new DocumentContent(
                    kind,
                    place,
                    date,
                    title,
                    titleSecondLine,
                    recipients,
                    legalBases,
                    body,
                    distribution,
                    signature,
                    draftingUnit,
                    draftYear);
        }
    }
}
