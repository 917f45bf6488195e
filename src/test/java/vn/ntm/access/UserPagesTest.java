package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.scope.Role;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/** The user page (role, unit, scope, audit trail, change with version) and bulk users by CSV on the screen. */
@NtmTest
class UserPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore store;

    /** The page as the user reads it: HTML entities decoded, without the phone layout's column names and wrap points. */
    String page(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD))
                                .with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .replaceAll(" data-label=\"[^\"]*\"", "")
                .replace("<wbr>", "");
    }

    UserAccount account(String username) {
        return store.byUsername(username).orElseThrow();
    }

    @Test
    void the_user_page_shows_the_subtree_a_commune_officer_changes_and_the_merged_communes_they_only_read()
            throws Exception {
        String page = page(get("/admin/users/" + account("xa.khetre").id()), "admin", status().isOk());
        assertThat(page)
                .contains(
                        "Người dùng xa.khetre",
                        "Cán bộ xã",
                        "Phạm vi",
                        "Xem và thay đổi dữ liệu của Xã Khe Tre (20161)",
                        "Chỉ xem, không được thay đổi (",
                        "Xã Thượng Lộ (20185)",
                        "hết hiệu lực sau ngày 30/06/2025",
                        "Nhật ký thay đổi",
                        "Tạo người dùng");
    }

    @Test
    void the_user_page_shows_a_viewer_as_read_only_and_the_administrator_as_national() throws Exception {
        assertThat(page(get("/admin/users/" + account("xem.laichau").id()), "admin", status().isOk()))
                .contains("Chỉ xem, không được thay đổi: dữ liệu của Tỉnh Lai Châu (12)");
        assertThat(page(get("/admin/users/" + account("admin").id()), "admin", status().isOk()))
                .contains("Toàn quốc: xem và thay đổi dữ liệu của mọi đơn vị.");
        assertThat(page(get("/admin/users/" + account("xa.khetre").id()).param("lang", "en"), "admin", status().isOk()))
                .contains("Reads and changes the data of Xã Khe Tre (20161)");
        new Api(mvc).vietnamese("admin");
    }

    @Test
    void a_province_officer_gets_the_403_page_for_a_user_of_another_province() throws Exception {
        page(get("/admin/users/" + account("xa.talen").id()), "tinh.hue", status().isForbidden());
        assertThat(page(get("/admin/users/" + account("xa.khetre").id()), "tinh.hue", status().isOk()))
                .contains("Xã Khe Tre (20161)");
    }

    @Test
    void role_unit_and_status_change_with_the_version_a_stale_one_is_refused_and_the_trail_shows_the_change()
            throws Exception {
        page(
                post("/admin/users")
                        .param("username", "lanhdao.bantrang")
                        .param("role", "COMMUNE_OFFICER")
                        .param("unitCode", "03424"),
                "admin",
                status().isOk());
        long id = account("lanhdao.bantrang").id();
        mvc.perform(post("/admin/users/" + id)
                        .param("role", "COMMUNE_LEADER")
                        .param("unitCode", "03424")
                        .param("enabled", "true")
                        .param("version", "0")
                        .param("reason", "Bầu làm Chủ tịch UBND xã")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(account("lanhdao.bantrang").role()).isEqualTo(Role.COMMUNE_LEADER);
        String stale = page(
                post("/admin/users/" + id)
                        .param("role", "VIEWER")
                        .param("unitCode", "03424")
                        .param("enabled", "false")
                        .param("version", "0"),
                "admin",
                status().isOk());
        assertThat(stale).contains("Bản ghi đã được admin sửa ngày", "Thay đổi của bạn chưa được lưu");
        assertThat(account("lanhdao.bantrang").role()).isEqualTo(Role.COMMUNE_LEADER);
        assertThat(account("lanhdao.bantrang").enabled()).isTrue();
        String after = page(get("/admin/users/" + id), "admin", status().isOk());
        assertThat(after)
                .contains(
                        "<td>Sửa người dùng</td>\n      <td>"
                                + "Vai trò</td>\n      <td>Cán bộ xã</td>\n      <td>Lãnh đạo xã</td>",
                        "Bầu làm Chủ tịch UBND xã",
                        "<td>Đơn vị</td>\n      <td>—</td>\n" + "      <td>Xã Bản Bo (03424)</td>",
                        "Xem và thay đổi dữ liệu của Xã Bản Bo (03424)");
        String badUnit = page(
                post("/admin/users/" + id)
                        .param("role", "COMMUNE_LEADER")
                        .param("unitCode", "")
                        .param("enabled", "true")
                        .param("version", "1"),
                "admin",
                status().isOk());
        assertThat(badUnit).contains("phải gắn với một đơn vị");
    }

    @Test
    void users_are_created_from_a_csv_on_the_screen_with_every_refused_row_and_its_reason() throws Exception {
        String csv = """
                ten_dang_nhap,vai_tro,ma_don_vi,mat_khau
                xa.nhuthanh,can_bo_xa,16228,
                xa.khongco,can_bo_xa,99999,
                """;
        String rejected = upload(csv, "ALL_OR_NOTHING");
        assertThat(rejected)
                .contains("Không nhập dòng nào: có 1 dòng lỗi", "<td>3</td>", "Không có đơn vị nào mang mã 99999.");
        assertThat(store.byUsername("xa.nhuthanh")).isEmpty();

        String applied = upload(csv, "VALID_ROWS");
        assertThat(applied)
                .contains(
                        "Đã tạo 1 người dùng.",
                        "Các dòng bị từ chối: 1",
                        "<td>3</td>",
                        "Không có đơn vị nào mang mã 99999.",
                        "xa.nhuthanh",
                        "Mật khẩu tạm");
        UserAccount created = account("xa.nhuthanh");
        assertThat(created.role()).isEqualTo(Role.COMMUNE_OFFICER);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(store.byUsername("xa.khongco")).isEmpty();
        assertThat(page(get("/admin/users/import"), "admin", status().isOk()))
                .contains("ten_dang_nhap,vai_tro,ma_don_vi,mat_khau", "username,role,unit_code,password");
    }

    private String upload(String content, String mode) throws Exception {
        return page(
                multipart("/admin/users/import")
                        .file(new MockMultipartFile(
                                "file", "nguoi-dung.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", mode),
                "admin",
                status().isOk());
    }
}
