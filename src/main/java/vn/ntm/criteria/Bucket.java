package vn.ntm.criteria;

/** A class of units by number of criteria met, e.g. "Đạt 15 - 18 tiêu chí". */
public record Bucket(int minMet, int maxMet, String labelVi, String labelEn) {

    public boolean contains(int met) {
        return met >= minMet && met <= maxMet;
    }
}
