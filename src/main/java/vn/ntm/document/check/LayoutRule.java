package vn.ntm.document.check;

import java.util.Locale;
import java.util.ResourceBundle;

/** The layout rules a written file is checked against (design §5.2); names in {@code i18n/document-rules}. */
public enum LayoutRule {
    KHO_GIAY_LE,
    PHONG_CHU,
    CHU_TIENG_VIET,
    QUOC_HIEU_TIEU_NGU,
    TIEU_DE_DANG,
    TEN_CO_QUAN_BAN_HANH,
    SO_KY_HIEU,
    DIA_DANH_NGAY_THANG,
    TEN_LOAI_TRICH_YEU,
    KINH_GUI,
    BO_CUC_NOI_DUNG,
    NOI_NHAN,
    THAM_QUYEN_KY,
    DANH_SO_TRANG,
    SO_LIEU_NHAT_QUAN,
    DAU_HIEU_MAT_KHAN;

    static final String BUNDLE = "i18n/document-rules";

    public String key() {
        return "document.rule." + name();
    }

    /** The Vietnamese name, always printed (the bundle's default file). */
    public String vietnameseName() {
        return vietnamese().getString(key());
    }

    static ResourceBundle vietnamese() {
        return ResourceBundle.getBundle(
                BUNDLE,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
