package vn.ntm.assessment.judging;

import java.time.LocalDate;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.criteria.Overlay;

/**
 * What a judgement rests on besides the values: the day the unit is looked at (the last day of the year it was
 * in force), its province then, that province's overlay if any, and the effective region or group.
 */
public record JudgementContext(
        int year, LocalDate referenceDate, Long provinceUnitId, Overlay overlay, EffectiveKey effectiveKey) {}
