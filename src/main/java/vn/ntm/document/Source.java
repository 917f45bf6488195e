package vn.ntm.document;

/**
 * The feature that asked for a document and its own id for it ({@code plan} and a plan version's id): the
 * {@link IssueGuard}s of that module are asked before the document is numbered, and the events name it back.
 */
public record Source(String module, String ref) {

    public Source {
        if (module == null || module.isBlank() || ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("a source names its module and its reference");
        }
        if (module.length() > 40 || ref.length() > 100) {
            throw new IllegalArgumentException("source module (40) or reference (100) too long");
        }
    }
}
