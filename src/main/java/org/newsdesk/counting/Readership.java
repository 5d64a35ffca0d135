package org.newsdesk.counting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers read, day by day, for the start page: the most read articles of a window of days and the views per
 * day and language. Days are the site's, and today counts as far as the flushes have stored it.
 */
@Service
@Transactional(readOnly = true)
@EditorsAndTranslators
public class Readership {

    /** The longest window the start page asks for: a year of days, bounded whatever the caller asks. */
    public static final int MAX_DAYS = 366;

    private final ReadershipRepository repository;
    private final SiteTime siteTime;
    private final Clock clock;

    Readership(ReadershipRepository repository, SiteTime siteTime, Clock clock) {
        this.repository = repository;
        this.siteTime = siteTime;
        this.clock = clock;
    }

    /**
     * @param days      how many days back, today included
     * @param preferred the language of the titles, where the article has it
     */
    public List<MostRead> mostRead(int days, Language preferred, int limit) {
        return repository.mostRead(firstDayOf(days), preferred, Math.clamp(limit, 1, 100));
    }

    /** The views per day and language in the window, oldest first; days without views are left out. */
    public List<DailyViews> daily(int days) {
        return repository.daily(firstDayOf(days), null);
    }

    /** The views of one article per day and language in the window, like {@link #daily(int)}. */
    public List<DailyViews> dailyOf(long articleId, int days) {
        return repository.daily(firstDayOf(days), articleId);
    }

    /** Today on the site's clocks: the last day of every window. */
    public LocalDate today() {
        return siteTime.date(Instant.now(clock));
    }

    private LocalDate firstDayOf(int days) {
        return today().minusDays(Math.clamp(days, 1, MAX_DAYS) - 1L);
    }
}
