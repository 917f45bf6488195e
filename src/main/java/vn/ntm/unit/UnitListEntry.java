package vn.ntm.unit;

/** One row of an official list as read from a file: the raw code (perhaps missing zeros) and the full name. */
record UnitListEntry(int row, UnitLevel level, String rawCode, String name, String rawParentCode) {}
