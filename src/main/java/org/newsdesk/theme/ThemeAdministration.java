package org.newsdesk.theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Problems;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How staff create, rename and delete themes. A theme that articles still use cannot be deleted. */
@Service
@Transactional
@StaffOnly
public class ThemeAdministration {

    static final int MAX_NAME = 200;

    private final ThemeEditingRepository themes;
    private final AuditLog audit;
    private final ContentChanges contentChanges;

    ThemeAdministration(ThemeEditingRepository themes, AuditLog audit, ContentChanges contentChanges) {
        this.contentChanges = contentChanges;
        this.themes = themes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ThemeDraft> all() {
        return themes.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<ThemeDraft> byId(long themeId) {
        return themes.findById(themeId);
    }

    /** @throws Rejected when a name or slug is wrong; nothing is stored */
    public ThemeDraft save(ThemeDraft draft) {
        var names = draft.names().entrySet().stream()
                .filter(entry -> !entry.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var problems = new Problems();
        if (names.isEmpty()) {
            problems.add("theme", "validation.noLanguage");
        }
        names.forEach((language, theme) -> {
            var field = language.code() + ".";
            if (theme.name().isEmpty()) {
                problems.add(field + "name", "validation.required");
            } else if (theme.name().length() > MAX_NAME) {
                problems.add(
                        field + "name",
                        "validation.tooLong",
                        MAX_NAME,
                        theme.name().length());
            }
            if (!Slugs.isValid(theme.slug())) {
                problems.add(field + "slug", "validation.slugFormat");
            } else if (themes.slugTaken(language, theme.slug(), draft.themeId())) {
                problems.add(field + "slug", "validation.themeSlugTaken");
            }
        });
        if (draft.themeId() != null && !themes.exists(draft.themeId())) {
            problems.add("theme", "validation.unknownTheme");
        }
        problems.rejectIfAny();
        var themeId = draft.themeId() == null ? themes.insertTheme() : draft.themeId();
        themes.replaceNames(themeId, names);
        audit.record(
                draft.themeId() == null ? "THEME_CREATED" : "THEME_CHANGED",
                "theme " + themeId,
                names.values().stream().map(ThemeNames::name).collect(Collectors.joining(" / ")));
        contentChanges.record();
        return new ThemeDraft(themeId, names);
    }

    /** @throws Rejected while articles use the theme; nothing is deleted */
    public void delete(long themeId) {
        var articles = themes.countArticles(themeId);
        if (articles > 0) {
            throw new Rejected("theme", "validation.themeInUse");
        }
        themes.delete(themeId);
        audit.record("THEME_DELETED", "theme " + themeId, null);
        contentChanges.record();
    }
}
