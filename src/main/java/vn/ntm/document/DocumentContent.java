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
 *
 * <p>Added in round two, each optional: the urgency and secrecy marks under the number (DL §2 #25, §3 ô 10a/10b); a
 * Quyết định's or Nghị quyết's deciding authority ("Chủ tịch Ủy ban nhân dân xã Thượng Lộ", printed IN HOA under the
 * trích yếu; null = the issuer's own name) and its "Theo đề nghị của …" line after the Căn cứ (DL §2 #10); annexes,
 * each on its own pages after the signature (DL §2 #24); the drafter's code and the copies printed ("PL.(300)", DL §2
 * #27) and the copies kept in the archive ("- Lưu: VT, NN (02b).", DL §2 #23).
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
        Integer draftYear,
        Urgency urgency,
        Secrecy secrecy,
        String decidingAuthority,
        String proposal,
        List<Annex> annexes,
        String drafterCode,
        Integer printedCopies,
        Integer archiveCopies) {

    public DocumentContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        recipients = List.copyOf(recipients);
        legalBases = List.copyOf(legalBases);
        body = List.copyOf(body);
        distribution = List.copyOf(distribution);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    /** The round-one shape: no marks, no annexes, no decision parts, no drafter code. */
    public DocumentContent(
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
        this(
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
                draftYear,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    /** Độ khẩn (DL §2 #25): printed IN HOA bold under the number, in a frame (state). */
    public enum Urgency {
        KHAN("KHẨN"),
        THUONG_KHAN("THƯỢNG KHẨN"),
        HOA_TOC("HỎA TỐC");

        private final String text;

        Urgency(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * Độ mật: DL §3 puts it under the number (ô 10a) but gives neither its words nor its style; the words are the
     * three degrees of state secrets, the style is the profile's (marked unconfirmed there).
     */
    public enum Secrecy {
        MAT("MẬT"),
        TOI_MAT("TỐI MẬT"),
        TUYET_MAT("TUYỆT MẬT");

        private final String text;

        Secrecy(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A phụ lục: its title (printed IN HOA) and its body, on pages numbered apart (DL §1, §2 #24). */
    public record Annex(String title, List<Block> body) {

        public Annex {
            body = List.copyOf(body);
        }
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
                draftYear,
                urgency,
                secrecy,
                decidingAuthority,
                proposal,
                annexes,
                drafterCode,
                printedCopies,
                archiveCopies);
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
        private Urgency urgency;
        private Secrecy secrecy;
        private String decidingAuthority;
        private String proposal;
        private final List<Annex> annexes = new ArrayList<>();
        private String drafterCode;
        private Integer printedCopies;
        private Integer archiveCopies;

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

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder secrecy(Secrecy secrecy) {
            this.secrecy = secrecy;
            return this;
        }

        /** Who decides, for a Quyết định or Nghị quyết ("Chủ tịch Ủy ban nhân dân xã Thượng Lộ"). */
        public Builder decidingAuthority(String authority) {
            this.decidingAuthority = authority;
            return this;
        }

        /** "Theo đề nghị của …", the last line of a Quyết định's Căn cứ. */
        public Builder proposal(String proposal) {
            this.proposal = proposal;
            return this;
        }

        public Builder annex(Annex annex) {
            annexes.add(annex);
            return this;
        }

        /** The drafter's code and the copies printed: "PL.(300)" under the Nơi nhận (DL §2 #27). */
        public Builder drafter(String code, Integer copies) {
            this.drafterCode = code;
            this.printedCopies = copies;
            return this;
        }

        /** The copies kept in the archive, after the drafting unit in the "Lưu" line. */
        public Builder archiveCopies(int copies) {
            this.archiveCopies = copies;
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
                    draftYear,
                    urgency,
                    secrecy,
                    decidingAuthority,
                    proposal,
                    annexes,
                    drafterCode,
                    printedCopies,
                    archiveCopies);
        }
    }
}
