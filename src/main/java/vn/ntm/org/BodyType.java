package vn.ntm.org;

import vn.ntm.unit.UnitLevel;

/** A kind of body (Ủy ban nhân dân xã, Sở Y tế...) and the level of unit it belongs to. */
public record BodyType(String code, UnitLevel level, String nameVi, String nameEn, boolean standard, int sort) {}
