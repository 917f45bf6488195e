package vn.ntm.document.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ntm.document.issue.DocumentFixtures.LEADER;
import static vn.ntm.document.issue.DocumentFixtures.OFFICER;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.access.SystemActor;
import vn.ntm.audit.AuditEntry;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.Documents;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.TextMetrics;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyForm;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.Messages;

/**
 * A body's issuer settings on real PostgreSQL: the defaults of each body type (state, Party, a Ban Thường vụ in its
 * Đảng ủy's series, the Văn phòng Đảng ủy whose symbol is unverified), a save read back and audited, a save over an
 * older version refused, a caller outside the unit or without the role refused, and bad input refused field by
 * field in Vietnamese, changing nothing. Bodies are made here (the demo's own keep their defaults for other tests).
 */
@NtmTest
class IssuersTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    Issuers issuers;

    @Autowired
    BodyDirectory bodies;

    @Autowired
    Documents documents;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Messages messages;

    DocumentFixtures fixtures;
    long kheTre;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
        kheTre = DemoPlaces.KHE_TRE.id(jdbc);
    }

    long body(long unitId, String type, String name, Long parent) {
        return system.run(
                "test",
                () -> bodies.create(new BodyForm(
                                unitId,
                                null,
                                type,
                                name + " (dịch vụ " + NAMES.incrementAndGet() + ")",
                                parent,
                                null,
                                null,
                                null))
                        .id());
    }

    IssuerSettings read(long bodyId) {
        return fixtures.as(LEADER, () -> issuers.of(bodyId));
    }

    static IssuerForm form(String superior, String line1, String line2, String symbol, String place, Long owner) {
        return new IssuerForm(superior, line1, line2, null, symbol, place, owner, "VP, VX", "Thiết lập");
    }

    long rows(long bodyId) {
        return jdbc.sql("select count(*) from document_issuer where body_id = ?")
                .param(bodyId)
                .query(Long.class)
                .single();
    }

    @Test
    void a_peoples_committee_prints_its_unit_under_uy_ban_nhan_dan_in_the_state_layout_by_default() {
        IssuerSettings ubnd = read(fixtures.kheTreBody("UBND_XA"));
        assertThat(ubnd.saved()).isFalse();
        assertThat(ubnd.version()).isNull();
        assertThat(ubnd.toConfirm()).isEmpty();
        assertThat(ubnd.issuer().family()).isEqualTo(LayoutFamily.STATE);
        assertThat(ubnd.issuer().superiorLine()).isNull();
        assertThat(ubnd.issuer().lines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ KHE TRE");
        assertThat(ubnd.issuer().symbol()).isEqualTo("UBND");
        assertThat(ubnd.issuer().place()).isEqualTo("Khe Tre");
        assertThat(ubnd.seriesOwnerBodyId()).isEqualTo(ubnd.bodyId());
        assertThat(read(fixtures.kheTreBody("HDND_XA")).issuer().lines())
                .containsExactly("HỘI ĐỒNG NHÂN DÂN", "XÃ KHE TRE");
    }

    @Test
    void a_body_under_the_committee_prints_the_committee_above_it_shortened_only_when_it_does_not_fit() {
        long ubnd = fixtures.kheTreBody("UBND_XA");
        long division = body(kheTre, "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", ubnd);
        IssuerSettings settings = read(division);
        String full = "ỦY BAN NHÂN DÂN XÃ KHE TRE";
        boolean fullFits = fits(LayoutFamily.STATE, full, false, "superior");
        assertThat(settings.proposed().superiorLine()).isEqualTo(fullFits ? full : "UBND XÃ KHE TRE");
        assertThat(settings.proposed().lines())
                .allSatisfy(l -> assertThat(fits(LayoutFamily.STATE, l, true, "issuer"))
                        .as(l)
                        .isTrue());
        assertThat(String.join(" ", settings.proposed().lines())).startsWith("PHÒNG KINH TẾ XÃ KHE TRE");
        assertThat(settings.proposed().symbol())
                .as("no symbol is listed for a division: a person sets it")
                .isNull();
        assertThat(settings.toConfirm()).containsExactly(IssuerSettings.SYMBOL);
    }

    @Test
    void a_long_name_is_split_before_its_unit_and_every_line_fits_the_header_cell() {
        long hue = DemoPlaces.HUE.id(jdbc);
        long so = body(hue, "SO_VAN_HOA_THE_THAO_DU_LICH", "Sở Văn hóa, Thể thao và Du lịch thành phố Huế", null);
        List<String> lines =
                fixtures.as("tinh.hue", () -> issuers.of(so)).proposed().lines();
        assertThat(lines).hasSizeBetween(2, 3);
        assertThat(lines.get(lines.size() - 1)).startsWith("THÀNH PHỐ HUẾ");
        assertThat(String.join(" ", lines)).startsWith("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ HUẾ");
        assertThat(lines)
                .allSatisfy(l -> assertThat(fits(LayoutFamily.STATE, l, true, "issuer"))
                        .as(l)
                        .isTrue());
    }

    @Test
    void a_party_committee_prints_its_provinces_party_organisation_above_it_and_a_standing_committee_its_dang_uy() {
        long dangUy = fixtures.kheTreBody("DANG_UY_XA");
        IssuerSettings committee = read(dangUy);
        assertThat(committee.issuer().family()).isEqualTo(LayoutFamily.PARTY);
        assertThat(committee.issuer().superiorLine()).isEqualTo("ĐẢNG BỘ THÀNH PHỐ HUẾ");
        assertThat(committee.issuer().lines()).containsExactly("ĐẢNG ỦY XÃ KHE TRE");
        assertThat(committee.issuer().symbol()).isEqualTo("ĐU");
        assertThat(committee.seriesOwnerBodyId()).isEqualTo(dangUy);

        long btv = body(kheTre, "BTV_DANG_UY_XA", "Ban Thường vụ Đảng ủy xã Khe Tre", dangUy);
        IssuerSettings standing = read(btv);
        assertThat(standing.issuer().family()).isEqualTo(LayoutFamily.PARTY);
        assertThat(standing.issuer().superiorLine()).isEqualTo("ĐẢNG BỘ THÀNH PHỐ HUẾ");
        assertThat(standing.issuer().lines()).containsExactly("ĐẢNG ỦY XÃ KHE TRE");
        assertThat(standing.issuer().symbol()).isEqualTo("ĐU");
        assertThat(standing.seriesOwnerBodyId())
                .as("numbers in its Đảng ủy's series")
                .isEqualTo(dangUy);
    }

    @Test
    void the_party_office_gets_no_invented_symbol_and_nothing_is_drafted_for_it_until_one_is_saved() {
        long dangUy = fixtures.kheTreBody("DANG_UY_XA");
        long office = body(kheTre, "VP_DANG_UY_XA", "Văn phòng Đảng ủy xã Khe Tre", dangUy);
        IssuerSettings settings = read(office);
        assertThat(settings.saved()).isFalse();
        assertThat(settings.proposed().symbol()).isNull();
        assertThat(settings.toConfirm()).contains(IssuerSettings.SYMBOL);
        assertThatThrownBy(settings::issuer)
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).messageKey())
                .isEqualTo("document.issuer.error.symbolToConfirm");
        long before =
                jdbc.sql("select count(*) from document").query(Long.class).single();
        DocumentContent content = DocumentSamples.partyCongVan();
        assertThatThrownBy(() -> fixtures.as(LEADER, () -> documents.draft(office, content, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("document.issuer.error.symbolToConfirm");
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void a_save_is_read_back_audited_and_a_later_save_on_the_older_version_is_refused_changing_nothing() {
        long ubnd = fixtures.kheTreBody("UBND_XA");
        long division = body(kheTre, "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", ubnd);
        IssuerSettings first = fixtures.as(
                LEADER,
                () -> issuers.save(
                        division, null, form("UBND XÃ KHE TRE", "PHÒNG KINH TẾ", null, "PKT", "Khe Tre", null)));
        assertThat(first.saved()).isTrue();
        assertThat(first.version()).isZero();
        assertThat(first.toConfirm()).isEmpty();
        assertThat(first.issuer().superiorLine()).isEqualTo("UBND XÃ KHE TRE");
        assertThat(first.issuer().lines()).containsExactly("PHÒNG KINH TẾ");
        assertThat(first.issuer().symbol()).isEqualTo("PKT");
        assertThat(first.draftingUnits()).containsExactly("VP", "VX");
        assertThat(read(division)).isEqualTo(first);

        IssuerSettings second = fixtures.as(
                LEADER,
                () -> issuers.save(division, 0, form(null, "PHÒNG KINH TẾ", "XÃ KHE TRE", "PKT", "Khe Tre", ubnd)));
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.issuer().superiorLine()).isNull();
        assertThat(second.issuer().lines()).containsExactly("PHÒNG KINH TẾ", "XÃ KHE TRE");
        assertThat(second.seriesOwnerBodyId()).isEqualTo(ubnd);

        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> issuers.save(division, 0, form(null, "PHÒNG KINH TẾ", null, "KT", "Khe Tre", null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> issuers.save(division, null, form(null, "PHÒNG KINH TẾ", null, "KT", "Khe Tre", null))))
                .as("a first save made while someone else saved")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(read(division)).isEqualTo(second);

        List<AuditEntry> history = fixtures.as(LEADER, () -> issuers.history(division));
        assertThat(history.stream().map(AuditEntry::action).distinct()).containsExactly("CREATE", "UPDATE");
        assertThat(history).allSatisfy(e -> assertThat(e.actor()).isEqualTo(LEADER));
        assertThat(history)
                .filteredOn(e -> e.action().equals("UPDATE"))
                .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(
                        tuple("issuerLines", "PHÒNG KINH TẾ", "PHÒNG KINH TẾ / XÃ KHE TRE"),
                        tuple("superiorLine", "UBND XÃ KHE TRE", null));
    }

    @Test
    void a_caller_outside_the_unit_or_without_the_role_is_refused_and_nothing_is_stored() {
        long taLeng = DemoPlaces.TA_LENG.id(jdbc);
        long other = body(taLeng, "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Tả Lèng", null);
        IssuerForm form = form(null, "PHÒNG KINH TẾ", "XÃ TẢ LÈNG", "PKT", "Tả Lèng", null);
        assertThatThrownBy(() -> fixtures.as(LEADER, () -> issuers.save(other, null, form)))
                .as("a commune leader of Khe Tre on a body of Tả Lèng")
                .isInstanceOf(OutOfScopeException.class);
        long own = body(kheTre, "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", null);
        assertThatThrownBy(() -> fixtures.as(OFFICER, () -> issuers.save(own, null, form)))
                .as("a commune officer keeps no issuers")
                .isInstanceOf(OutOfScopeException.class)
                .extracting(e -> ((OutOfScopeException) e).messageKey())
                .isEqualTo("document.issuer.error.role");
        assertThat(rows(other)).isZero();
        assertThat(rows(own)).isZero();
    }

    @Test
    void bad_input_is_refused_field_by_field_in_vietnamese_and_nothing_is_stored() {
        long own = body(kheTre, "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", null);
        long elsewhere = body(DemoPlaces.TA_LENG.id(jdbc), "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Tả Lèng", null);
        IssuerForm bad = new IssuerForm(
                "ủy ban nhân dân xã khe tre",
                "PHÒNG KINH TẾ VÀ PHÁT TRIỂN NÔNG THÔN XÃ KHE TRE",
                null,
                null,
                "UB-ND",
                "  ",
                elsewhere,
                "VP, vx",
                null);
        BadInputException refused =
                (BadInputException) catchThrowable(() -> system.run("test", () -> issuers.save(own, null, bad)));
        assertThat(refused).isNotNull();
        assertThat(refused.details())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("superiorLine", "document.issuer.error.notCapitals"),
                        tuple("line1", "document.issuer.error.tooWide"),
                        tuple("symbol", "document.issuer.error.symbolFormat"),
                        tuple("place", "document.issuer.error.placeRequired"),
                        tuple("draftingUnits", "document.issuer.error.unitCode"),
                        tuple("seriesOwnerBodyId", "document.issuer.error.ownerOtherUnit"));
        List<String> words = refused.details().stream()
                .map(p -> messages.get(Messages.VIETNAMESE, p.messageKey(), p.args()))
                .toList();
        assertThat(words)
                .contains(
                        "Dòng “ủy ban nhân dân xã khe tre” phải viết IN HOA (ví dụ ỦY BAN NHÂN DÂN).",
                        "Hãy nhập địa danh ghi ở dòng ngày tháng, ví dụ Thượng Lộ.",
                        "Ký hiệu đơn vị soạn thảo “vx” phải là chữ IN HOA liền nhau, ví dụ VP.");
        assertThat(words)
                .anySatisfy(w -> assertThat(w)
                        .startsWith("Dòng “PHÒNG KINH TẾ VÀ PHÁT TRIỂN NÔNG THÔN XÃ KHE TRE” dài hơn ô đầu văn bản"));
        assertThat(rows(own)).isZero();
    }

    private static boolean fits(LayoutFamily family, String line, boolean bold, String element) {
        var profile = LayoutProfiles.of(family);
        int cell = profile.geometry().headerColumnsTwips()[0]
                - 2 * profile.geometry().cellMarginTwips();
        return TextMetrics.widthTwips(line, bold, false, profile.style(element).size()) <= cell;
    }
}
