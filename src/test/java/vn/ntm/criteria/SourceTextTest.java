package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A threshold's source as a reader sees it: a citation, a link only to an official government text, never a raw
 * address, an IP address or a researcher's note about a mirror.
 */
class SourceTextTest {

    static final String MIRROR = "Quyết định 318/QĐ-TTg; http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news"
            + "&page=291&q=Th%E1%BB%B1c+h%C3%A0nh (thuvienphapluat Q&A mirror; snippet under image "
            + "tieu-chi-nong-thon-moi-cap-xa.jpg, 2022)";

    @Test
    void a_mirror_address_and_its_note_are_never_shown_and_get_no_link() {
        SourceText c = SourceText.of(MIRROR);
        assertThat(c.text()).isEqualTo("Quyết định 318/QĐ-TTg");
        assertThat(c.link()).isNull();
    }

    @Test
    void an_official_government_text_is_linked_and_the_citation_stays_readable() {
        SourceText c = SourceText.of("QĐ 51/2025/QĐ-TTg ngày 29/12/2025, Phụ lục I; "
                + "https://vanban.chinhphu.vn/?pageid=27160&docid=212345");
        assertThat(c.text()).isEqualTo("QĐ 51/2025/QĐ-TTg ngày 29/12/2025, Phụ lục I");
        assertThat(c.link()).isEqualTo("https://vanban.chinhphu.vn/?pageid=27160&docid=212345");
        assertThat(SourceText.of("Công báo: https://congbao.chinhphu.vn/van-ban/123.htm")
                        .link())
                .isEqualTo("https://congbao.chinhphu.vn/van-ban/123.htm");
        assertThat(SourceText.of("Sở Y tế https://syt.thuathienhue.gov.vn/x").link())
                .isNotNull();
    }

    @Test
    void news_sites_legal_portals_lookalikes_and_ip_addresses_are_not_official() {
        assertThat(SourceText.isOfficial("https://thuvienphapluat.vn/van-ban/x.aspx"))
                .isFalse();
        assertThat(SourceText.isOfficial("https://dantocmiennui.baotintuc.vn/x.html"))
                .isFalse();
        assertThat(SourceText.isOfficial("https://chinhphu.vn.example.com/x")).isFalse();
        assertThat(SourceText.isOfficial("https://notchinhphu.vn/x")).isFalse();
        assertThat(SourceText.isOfficial("http://118.69.201.250:801/x")).isFalse();
        assertThat(SourceText.isOfficial("https://xaydungchinhsach.chinhphu.vn/x"))
                .isTrue();
        SourceText news = SourceText.of("QĐ 318/QĐ-TTg ngày 08/3/2022 (theo www.baomoi.com/abc.epi)");
        assertThat(news.text()).isEqualTo("QĐ 318/QĐ-TTg ngày 08/3/2022");
        assertThat(news.link()).isNull();
    }

    @Test
    void a_plain_citation_is_kept_as_written() {
        SourceText c =
                SourceText.of("QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I, tiêu chí 15 (theo trích dẫn của trang hỏi "
                        + "đáp pháp luật; chưa đối chiếu văn bản gốc)");
        assertThat(c.text()).endsWith("(theo trích dẫn của trang hỏi đáp pháp luật; chưa đối chiếu văn bản gốc)");
        assertThat(c.link()).isNull();
        assertThat(SourceText.of((String) null).text()).isEmpty();
    }

    /** The shipped catalog itself carries citations only: the research trail is in research_note. */
    @Test
    void the_shipped_catalog_cites_documents_and_keeps_addresses_to_its_research_notes() throws Exception {
        List<String> problems = new ArrayList<>();
        int thresholds = 0;
        for (String file : List.of("ntm-xa-2021-2025.json", "ntm-xa-2026-2030.json")) {
            JsonNode set = JsonMapper.shared().readTree(Files.readString(Path.of("src/main/resources/catalog", file)));
            for (JsonNode criterion : set.path("criteria")) {
                for (JsonNode indicator : criterion.path("indicators")) {
                    String note = indicator.path("note").asString("");
                    if (note.matches("(?s).*(https?://|www\\.|mirror|snippet).*")) {
                        problems.add(file + " " + indicator.path("code").asString() + " note: " + note);
                    }
                    for (JsonNode t : indicator.path("thresholds")) {
                        thresholds++;
                        String source = t.path("source").asString();
                        boolean addressOk = !source.matches("(?s).*(https?://|www\\.).*")
                                || SourceText.of(source).link() != null;
                        if (!addressOk
                                || source.matches("(?s).*(\\d+\\.\\d+\\.\\d+\\.\\d+|mirror|snippet).*")
                                || !source.contains("318/QĐ-TTg")) {
                            problems.add(file + " " + indicator.path("code").asString() + " source: " + source);
                        }
                    }
                }
            }
        }
        assertThat(thresholds).as("thresholds checked").isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void an_authored_citation_reads_document_article_and_date_and_links_only_an_official_address() {
        SourceText official = SourceText.of(new Citation(
                "Quyết định 51/2025/QĐ-TTg",
                "Phụ lục I",
                LocalDate.of(2025, 12, 29),
                "https://vanban.chinhphu.vn/?docid=1"));
        assertThat(official.text()).isEqualTo("Quyết định 51/2025/QĐ-TTg, Phụ lục I, 29/12/2025");
        assertThat(official.link()).isEqualTo("https://vanban.chinhphu.vn/?docid=1");
        SourceText mirror =
                SourceText.of(new Citation("Quyết định 51/2025/QĐ-TTg", null, null, "https://thuvienphapluat.vn/x"));
        assertThat(mirror.text()).isEqualTo("Quyết định 51/2025/QĐ-TTg");
        assertThat(mirror.link()).isNull();
        assertThat(SourceText.of(Citation.NONE).text()).isEmpty();
    }
}
