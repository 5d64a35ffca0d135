package org.newsdesk.translation;

import java.util.List;
import java.util.Map;

import org.newsdesk.base.Language;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every article stands in every language: missing, draft, scheduled, published, and whether each
 * translation still follows its source. The articles with the oldest outdated translation come first: they have
 * waited longest.
 */
@Service
@Transactional(readOnly = true)
@EditorsAndTranslators
public class TranslationOverview {

    private final TranslationOverviewRepository overview;
    private final ViewCounter viewCounter;

    TranslationOverview(TranslationOverviewRepository overview, ViewCounter viewCounter) {
        this.overview = overview;
        this.viewCounter = viewCounter;
    }

    /** @param preferred the language titles are shown in where the article has it */
    public List<TranslationRow> page(Language preferred, TranslationFilter filter, int offset, int limit) {
        return overview.findPage(preferred, filter, offset, limit).stream()
                .map(this::withPendingViews)
                .toList();
    }

    /** Stored views plus those counted since the last flush, as the article list shows them. */
    private TranslationRow withPendingViews(TranslationRow row) {
        return row.withVersions(row.versions().stream()
                .map(version -> version.isMissing()
                        ? version
                        : version.withViews(version.views() + viewCounter.pending(row.articleId(), version.language())))
                .toList());
    }

    public int count(TranslationFilter filter) {
        return overview.countMatching(filter);
    }

    /** Per language, how many published versions on the site are outdated; languages without any are left out. */
    public Map<Language, Integer> outdatedOnTheSite() {
        return overview.countOutdatedPublished();
    }
}
