package vn.ntm.unit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The units one page request has read with their latest state, so that a page asking for its unit five times (the
 * page, its switcher, lineage, history, standing) reads it once. Only in a GET and outside a writing transaction:
 * a request that writes units reads them afresh, and nothing is kept beyond the request.
 */
final class RequestUnits {

    private static final String KEY = RequestUnits.class.getName();

    private RequestUnits() {}

    static Optional<UnitView> latest(long id, LongFunction<Optional<UnitView>> read) {
        Map<Long, Optional<UnitView>> kept = kept();
        if (kept == null) {
            return read.apply(id);
        }
        Optional<UnitView> unit = kept.get(id);
        if (unit == null) {
            unit = read.apply(id);
            kept.put(id, unit);
        }
        return unit;
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Optional<UnitView>> kept() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        Object kept = request.getAttribute(KEY);
        if (kept == null) {
            kept = new HashMap<Long, Optional<UnitView>>();
            request.setAttribute(KEY, kept);
        }
        return (Map<Long, Optional<UnitView>>) kept;
    }
}
