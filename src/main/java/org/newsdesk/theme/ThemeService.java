package org.newsdesk.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.base.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What visitors read about themes and their yearly action timelines. */
@Service
@Transactional(readOnly = true)
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    public Optional<Theme> bySlug(Language language, String slug) {
        return themes.findBySlug(language, slug);
    }

    public Optional<Theme> byId(Language language, long themeId) {
        return themes.findById(language, themeId);
    }

    /** Every theme that has a name in this language, alphabetically. */
    public List<Theme> all(Language language) {
        return themes.findAll(language);
    }

    /** What the themes index lists: every theme named in this language, alphabetically. */
    public List<ThemeOverview> overviews(Language language) {
        return themes.findOverviews(language);
    }

    /** The theme's slug in each language it has. */
    public Map<Language, String> slugs(long themeId) {
        return themes.findSlugs(themeId);
    }

    /** The theme's actions grouped by year, newest year first; empty when the theme has no timeline. */
    public List<TimelineYear> timeline(long themeId, Language language) {
        var byYear = new LinkedHashMap<Integer, List<TimelineAction>>();
        for (var action : themes.findTimeline(themeId, language)) {
            byYear.computeIfAbsent(action.year(), year -> new ArrayList<>()).add(action);
        }
        return byYear.entrySet().stream()
                .map(year -> new TimelineYear(year.getKey(), year.getValue()))
                .toList();
    }
}
