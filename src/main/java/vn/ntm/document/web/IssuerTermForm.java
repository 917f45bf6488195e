package vn.ntm.document.web;

/** A term (nhiệm kỳ) as typed on the issuer page: its name and its first and last days (typed dd/MM/yyyy, or ISO). */
record IssuerTermForm(String label, String startsOn, String endsOn) {

    static IssuerTermForm empty() {
        return new IssuerTermForm(null, null, null);
    }
}
