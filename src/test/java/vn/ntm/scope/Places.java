package vn.ntm.scope;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.testing.DemoPlaces;

/**
 * The demo users of the README and, for each, where the matrix tries them: a commune inside their scope, a
 * predecessor they may read but not change (their unit was formed from it in the 2025 merger), and communes
 * outside (a neighbour of the same district or province where the demo has one, else another province).
 */
final class Places {

    /** Province codes (the same in 2024 and 2025 for the three provinces of the demo). */
    private static final String HUE = DemoPlaces.HUE.code();

    private static final String LAI_CHAU = DemoPlaces.LAI_CHAU.code();
    private static final String HA_TINH = DemoPlaces.HA_TINH.code();

    private Places() {}

    /** Where a request is aimed, relative to the caller's scope. */
    enum Place {
        /** the caller's own unit (a commune of a province officer's province) */
        IN,
        /** a unit the caller's unit was formed from: readable, never writable */
        PREDECESSOR,
        /** a unit the caller has nothing to do with */
        OUT
    }

    /**
     * A commune of the demo data in a year the set covers, and the province it lay in that year. {@code officer} is
     * the demo commune officer working there, if any (requests for changes are made by them, as in real use).
     */
    record Commune(String name, String code, LocalDate on, String provinceCode, String officer) {

        /** A place of the shared demo fixtures, under the short name the matrix prints. */
        Commune(String name, DemoPlaces.Place place, String provinceCode, String officer) {
            this(name, place.code(), place.day(), provinceCode, officer);
        }

        int year() {
            return on.getYear();
        }
    }

    static final LocalDate END_2024 = DemoPlaces.END_2024;
    static final LocalDate END_2025 = DemoPlaces.END_2025;

    static final Commune KHE_TRE = new Commune("Khe Tre", DemoPlaces.KHE_TRE, HUE, "xa.khetre");
    static final Commune THUONG_LO = new Commune("Thượng Lộ", DemoPlaces.THUONG_LO, HUE, "xa.thuonglo");
    static final Commune HUONG_PHU = new Commune("Hương Phú", DemoPlaces.HUONG_PHU, HUE, null);
    static final Commune TA_LENG = new Commune("Tả Lèng", DemoPlaces.TA_LENG, LAI_CHAU, "xa.talen");
    static final Commune GIANG_MA = new Commune("Giang Ma", DemoPlaces.GIANG_MA, LAI_CHAU, null);
    static final Commune BINH_LU = new Commune("Bình Lư", DemoPlaces.BINH_LU, LAI_CHAU, null);
    static final Commune CAM_TRUNG = new Commune("Cẩm Trung", DemoPlaces.CAM_TRUNG, HA_TINH, "xa.camtrung");
    static final Commune CAM_LINH = new Commune("Cẩm Lĩnh", DemoPlaces.CAM_LINH, HA_TINH, null);

    /** A demo user: where they work, what they were formed from, and where they have no business. */
    record Who(String user, String role, Commune in, Commune predecessor, List<Commune> out) {

        boolean anonymous() {
            return user == null;
        }

        Commune at(Place place, int n) {
            return switch (place) {
                case IN -> in;
                case PREDECESSOR -> predecessor;
                case OUT -> out.get(n);
            };
        }

        @Override
        public String toString() {
            return anonymous() ? "(anonymous)" : user;
        }
    }

    /** In the table's column order. The administrator has a national scope: nothing is outside it. */
    static final List<Who> USERS = List.of(
            new Who("admin", "ADMIN", KHE_TRE, null, List.of()),
            new Who("tinh.hue", "PROVINCE_OFFICER", KHE_TRE, THUONG_LO, List.of(TA_LENG)),
            new Who("so.yte.hue", "AGENCY_OFFICER", KHE_TRE, THUONG_LO, List.of(TA_LENG)),
            new Who("xa.khetre", "COMMUNE_OFFICER", KHE_TRE, THUONG_LO, List.of(TA_LENG)),
            new Who("lanhdao.khetre", "COMMUNE_LEADER", KHE_TRE, THUONG_LO, List.of(TA_LENG)),
            // a commune before the merger: its neighbour in the same district, and the commune it became part of
            new Who("xa.thuonglo", "COMMUNE_OFFICER", THUONG_LO, null, List.of(HUONG_PHU, KHE_TRE)),
            new Who("xa.talen", "COMMUNE_OFFICER", TA_LENG, GIANG_MA, List.of(BINH_LU)),
            new Who("xa.camtrung", "COMMUNE_OFFICER", CAM_TRUNG, CAM_LINH, List.of(KHE_TRE)),
            new Who("xem.laichau", "VIEWER", TA_LENG, GIANG_MA, List.of(KHE_TRE)));

    /** Nobody signed in: tried on the administrator's commune. */
    static final Who ANONYMOUS = new Who(null, null, KHE_TRE, null, List.of());
}
