package vn.ntm.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets the progress of finished uploads and applies every few minutes, on every instance (the delete is the same
 * wherever it runs), so that an upload or an apply writes only its own progress and never waits on a clean-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExchangeCleanUp {

    private static final Logger log = LoggerFactory.getLogger(ExchangeCleanUp.class);

    private final ExchangeProgress progress;

    ExchangeCleanUp(ExchangeProgress progress) {
        this.progress = progress;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void forgetExpiredProgress() {
        int forgotten = progress.forgetExpired();
        if (forgotten > 0) {
            log.debug("Đã xoá {} tiến độ cũ / forgot {} progress entries", forgotten, forgotten);
        }
    }
}
