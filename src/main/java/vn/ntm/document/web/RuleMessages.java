package vn.ntm.document.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ntm.document.check.LayoutRuleBroken;
import vn.ntm.document.check.Violation;
import vn.ntm.text.Messages;

/**
 * A broken layout rule as the compose screen shows it: the rule's Vietnamese name always (it is the name in the
 * decree), its English name beside it on an English page, then what was found, in the reader's language.
 */
@Component
class RuleMessages {

    private final Messages messages;

    RuleMessages(Messages messages) {
        this.messages = messages;
    }

    List<String> of(LayoutRuleBroken broken) {
        return broken.violations().stream().map(this::line).toList();
    }

    private String line(Violation v) {
        String name = v.rule().vietnameseName();
        if (!"vi".equals(Messages.currentLocale().getLanguage())) {
            name = name + " (" + messages.get(v.rule().key()) + ")";
        }
        return name + ": " + messages.get(v.detailKey(), v.args());
    }
}
