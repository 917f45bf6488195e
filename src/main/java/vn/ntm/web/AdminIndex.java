package vn.ntm.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration menu: links to the screens of each module (reached only by the roles /admin/** allows). */
@Controller
class AdminIndex {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
