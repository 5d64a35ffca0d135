package org.newsdesk.translation;

import java.util.List;
import java.util.Map;

import org.newsdesk.base.Language;
import org.newsdesk.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every article stands in every language: missing, draft, scheduled, published, and whether each
 * translation still follows its source. The articles with the oldest outdated translation come first: they have
 * waited longest.
 */
@Service
@Transactional(readOnly = true)
@StaffOnly
public class TranslationOverview {

    private final TranslationOverviewRepository overview;

    TranslationOverview(TranslationOverviewRepository overview) {
        this.overview = overview;
    }

    /** @param preferred the language titles are shown in where the article has it */
    public List<TranslationRow> page(Language preferred, TranslationFilter filter, int offset, int limit) {
        return overview.findPage(preferred, filter, offset, limit);
    }

    public int count(TranslationFilter filter) {
        return overview.countMatching(filter);
    }

    /** Per language, how many published versions on the site are outdated; languages without any are left out. */
    public Map<Language, Integer> outdatedOnTheSite() {
        return overview.countOutdatedPublished();
    }
}
