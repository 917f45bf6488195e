package vn.ntm.document;

import java.util.List;

/**
 * A feature's say over the issue of the documents it asked for: before a document of that module is numbered, its
 * guards are asked, and any problem they name refuses the number (a plan cannot be issued while a task lacks an
 * owner). The feature registers one bean; this module never imports the feature.
 */
public interface IssueGuard {

    /** The module whose documents this guard speaks for, as in {@link Source#module()}. */
    String sourceModule();

    /** What stands in the way of issuing the document made for {@code sourceRef}, in Vietnamese; empty: nothing. */
    List<String> problems(String sourceRef);
}
