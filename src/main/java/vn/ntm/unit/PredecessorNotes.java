package vn.ntm.unit;

import java.util.List;
import java.util.Map;

/**
 * Short notes other modules put beside the units a unit was formed from, on the unit page. The unit module knows
 * nothing of assessments (they depend on it, not the other way round): the assessment module implements this to
 * say what each predecessor last achieved, e.g. "đạt 17/19 tiêu chí (2024, NTM-XA-2021-2025)".
 */
public interface PredecessorNotes {

    /** The note's text in the reader's language and the page that says more (a path without the context path). */
    record Note(String text, String href) {}

    /** Notes by predecessor id; a predecessor without a note is left out. */
    Map<Long, Note> about(List<LineageLink> predecessors);
}
