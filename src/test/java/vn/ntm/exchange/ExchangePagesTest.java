package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/** The Excel screens: link from the year page, the province list, upload, preview in both languages, apply. */
@NtmTest
@TestPropertySource(
        properties = {"ntm.embedded-db.database=exchange_pages", "ntm.exchange.directory=target/exchange-pages"})
class ExchangePagesTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    long thuongLo() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUONG_LO);
    }

    String page(String url, String user, String lang) throws Exception {
        return new Api(mvc).page(url, user, lang);
    }

    @Test
    void a_commune_officer_goes_from_the_year_page_to_the_template_uploads_previews_and_applies() throws Exception {
        long id = thuongLo();
        String year = page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo", "vi");
        String exchange = "/exchange/" + SET + "/2024?unit=" + id;
        assertThat(year)
                .contains(
                        "Tải mẫu Excel / Nhập từ Excel",
                        exchange.replace("?", "?").replace("&", "&amp;"));
        String page = page(exchange, "xa.thuonglo", "vi");
        assertThat(page).contains("Tải mẫu của Xã Thượng Lộ", "Xem trước", "Ô để trống nghĩa là không thay đổi");

        byte[] template = mvc.perform(get("/exchange/" + SET + "/2024/template")
                        .param("unit", String.valueOf(id))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        XSSFWorkbook workbook = Workbooks.open(template);
        Sheet sheet = workbook.getSheet("Giá trị");
        Workbooks.cell(sheet, id, "14.2").setCellValue(96);
        Workbooks.cell(sheet, id, "14.3").setCellValue("nhiều");
        String location = mvc.perform(multipart("/exchange/" + SET + "/2024/upload")
                        .file(new MockMultipartFile(
                                "file", "thuong-lo.xlsx", Downloads.XLSX, Workbooks.bytes(workbook)))
                        .param("unit", String.valueOf(id))
                        .param("progress", "0123456789abcdef")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/exchange/previews/");
        String preview = page(location, "xa.thuonglo", "vi");
        assertThat(preview)
                .contains(
                        "Xem trước khi nhập",
                        "14.2",
                        "95",
                        "96",
                        "Các lỗi (1)",
                        "Các thay đổi (1)",
                        "dòng 3, cột",
                        "Giá trị &quot;nhiều&quot; của chỉ tiêu 14.3 không phải là số",
                        "Áp dụng tất cả hoặc không",
                        "Chỉ áp dụng các dòng hợp lệ",
                        "Tải báo cáo đầy đủ");
        assertThat(page(location, "xa.thuonglo", "en")).contains("Errors (1)", "Valid rows only", "row 3, column");
        new Api(mvc).call(get("/exchange/progress/0123456789abcdef"), "xa.thuonglo", status().isOk());
        new Api(mvc).call(get("/exchange/progress/0123456789abcdef"), "xa.talen", status().isNotFound());

        String token = location.substring("/exchange/previews/".length(), location.indexOf('?'));
        mvc.perform(post("/exchange/previews/" + token + "/apply")
                        .param("mode", "ALL_OR_NOTHING")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("còn 1 lỗi")));
        mvc.perform(post("/exchange/previews/" + token + "/apply")
                        .param("mode", "VALID_ROWS")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, "xa.thuonglo", "vi")).contains("Đã áp dụng (chỉ các dòng hợp lệ): ghi 1 giá trị");
        byte[] report = mvc.perform(get("/exchange/previews/" + token + "/report")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        XSSFWorkbook full = Workbooks.open(report);
        assertThat(full.getSheet("Lỗi").getRow(1).getCell(4).getStringCellValue())
                .contains("nhiều");
        assertThat(full.getSheet("Thay đổi").getRow(1).getCell(5).getStringCellValue())
                .isEqualTo("96");
        mvc.perform(get(location).with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_refused_upload_comes_back_to_the_page_with_the_reason() throws Exception {
        mvc.perform(multipart("/exchange/" + SET + "/2024/upload")
                        .file(new MockMultipartFile("file", "x.xls", "application/vnd.ms-excel", new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0
                        }))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("Excel 97-2003 (.xls)")));
    }

    @Test
    void a_province_officer_lists_the_communes_of_the_province_and_downloads_them_all() throws Exception {
        String page = page("/exchange/" + SET + "/2025?on=2025-12-31", "tinh.hue", "vi");
        assertThat(page).contains("Đơn vị trong phạm vi tại ngày 31/12/2025", "Khe Tre", "Tải mẫu của đơn vị này");
        assertThat(page("/", "tinh.hue", "vi")).contains("Nhập/xuất Excel");
        mvc.perform(get("/exchange").with(httpBasic("tinh.hue", DemoUsers.PASSWORD)))
                .andExpect(status().is3xxRedirection());
        byte[] file = mvc.perform(get("/exchange/" + SET + "/2025/template")
                        .param("on", "2025-12-31")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Sheet sheet = Workbooks.open(file).getSheet("Giá trị");
        List<String> names = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            names.add(sheet.getRow(r).getCell(2).getStringCellValue());
        }
        assertThat(names).anyMatch(n -> n.contains("Khe Tre"));
    }
}
