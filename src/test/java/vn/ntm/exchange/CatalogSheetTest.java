package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Column codes of the catalog sheets and the dates users type in them. */
class CatalogSheetTest {

    @Test
    void a_threshold_column_names_its_key_and_optionally_its_year() {
        assertThat(CatalogSheet.slot("threshold:2")).contains(new CatalogSheet.Slot("2", null));
        assertThat(CatalogSheet.slot("threshold:*")).contains(new CatalogSheet.Slot("*", null));
        assertThat(CatalogSheet.slot("threshold:TDMNPB:2027")).contains(new CatalogSheet.Slot("TDMNPB", 2027));
        assertThat(CatalogSheet.slot("threshold:2:năm")).isEmpty();
        assertThat(CatalogSheet.slot("threshold:")).isEmpty();
        assertThat(CatalogSheet.slot("textVi")).isEmpty();
        assertThat(new CatalogSheet.Slot("1", 2028).code()).isEqualTo("threshold:1:2028");
    }

    @Test
    void a_date_is_read_as_typed_or_from_an_excel_date_cell() {
        assertThat(CatalogSheetReader.date("29/12/2025")).contains(LocalDate.of(2025, 12, 29));
        assertThat(CatalogSheetReader.date("2025-12-29")).contains(LocalDate.of(2025, 12, 29));
        assertThat(CatalogSheetReader.date("46020")).as("Excel's day number").contains(LocalDate.of(2025, 12, 29));
        assertThat(CatalogSheetReader.date("31/02/2025")).isEmpty();
        assertThat(CatalogSheetReader.date("=TODAY()")).isEmpty();
    }
}
