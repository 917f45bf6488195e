package vn.ntm.org;

import vn.ntm.unit.UnitLevel;

/**
 * A kind of body (Ủy ban nhân dân xã, Sở Y tế, Ban Thường vụ Đảng ủy xã...) and the level of unit it belongs to.
 * {@code office}: a văn phòng, whose staff issue the documents of the body it serves (its parent) and that body's
 * organs.
 */
public record BodyType(
        String code, UnitLevel level, String nameVi, String nameEn, boolean standard, int sort, boolean office) {}
