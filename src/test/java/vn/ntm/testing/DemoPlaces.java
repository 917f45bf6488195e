package vn.ntm.testing;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The places of the demo data that tests speak of, by name, instead of a code and a date repeated in every test.
 * A code may name different units before and after the 2025 reform (46 is Tỉnh Thừa Thiên Huế in 2024 and Thành
 * phố Huế in 2025), so each place carries the day on which it is meant; {@link Place#on} gives the same place on
 * another day. Names are as the demo's unit lists write them ({@code src/main/resources/demo/units-*.csv}).
 */
public final class DemoPlaces {

    private DemoPlaces() {}

    public static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    public static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    public static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);

    /** A unit of the demo data as it stood on a day; {@code level} as stored ({@code PROVINCE}, ...). */
    public record Place(String name, String code, String level, LocalDate day) {

        /** The same place on another day (the unit that carries its code then). */
        public Place on(LocalDate other) {
            return new Place(name, code, level, other);
        }

        /** The day as the API's {@code date} parameter writes it (ISO). */
        public String date() {
            return day.toString();
        }

        public int year() {
            return day.getYear();
        }

        /** Its id, read from the database: the unit of that code and level in force on the day. */
        public long id(JdbcClient jdbc) {
            return jdbc.sql("""
                            select u.id from admin_unit u where u.code = ? and u.level = ?
                              and u.valid_from <= ? and (u.valid_to is null or u.valid_to > ?)""").params(code, level, day, day).query(Long.class).single();
        }

        @Override
        public String toString() {
            return name + " (" + code + ", " + day + ")";
        }
    }

    // --- Thừa Thiên Huế / Huế: the province of the worked example ------------------------------------------------

    /** The province before the reform. */
    public static final Place THUA_THIEN_HUE = new Place("Tỉnh Thừa Thiên Huế", "46", "PROVINCE", END_2024);
    /** The same code after the reform: the centrally-run city that took the province's place. */
    public static final Place HUE = new Place("Thành phố Huế", "46", "PROVINCE", END_2025);
    /** A former district (districts ended with the 2025 reform). */
    public static final Place NAM_DONG = new Place("Huyện Nam Đông", "483", "DISTRICT", END_2024);
    /** A commune of Nam Đông before the reform; the demo's 2024 values are entered for it. */
    public static final Place THUONG_LO = new Place("Xã Thượng Lộ", "20185", "COMMUNE", END_2024);
    /** Thượng Lộ's neighbour in the same district. */
    public static final Place HUONG_PHU = new Place("Xã Hương Phú", "20164", "COMMUNE", END_2024);
    /** The commune formed in the 2025 merger (from Thượng Lộ among others), with no values of its own yet. */
    public static final Place KHE_TRE = new Place("Xã Khe Tre", "20161", "COMMUNE", END_2025);

    // --- other provinces ------------------------------------------------------------------------------------------

    public static final Place LAI_CHAU = new Place("Tỉnh Lai Châu", "12", "PROVINCE", END_2025);
    /** A commune of Lai Châu after the reform; before it, the same code was Xã Giang Ma ({@link #GIANG_MA}). */
    public static final Place TA_LENG = new Place("Xã Tả Lèng", "03405", "COMMUNE", END_2025);

    public static final Place GIANG_MA = new Place("Xã Giang Ma", "03405", "COMMUNE", END_2024);
    public static final Place BINH_LU = new Place("Xã Bình Lư", "03390", "COMMUNE", END_2025);
    public static final Place HA_TINH = new Place("Tỉnh Hà Tĩnh", "42", "PROVINCE", END_2025);
    public static final Place CAM_TRUNG = new Place("Xã Cẩm Trung", "18742", "COMMUNE", END_2025);
    public static final Place CAM_LINH = new Place("Xã Cẩm Lĩnh", "18721", "COMMUNE", END_2024);
}
