package org.newsdesk.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.base.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What the signed-in staff member may change in an article. Editors and administrators change all of it; a
 * translator changes the text of the language versions of their languages, and neither the fields every version
 * shares (theme, date, image) nor any version's publication state, except submitting their own drafts for review.
 *
 * @param wholeArticle shared fields, every language version and their states
 * @param languages    the language versions whose text this person may write; all of them with {@code wholeArticle}
 */
public record EditingRights(boolean wholeArticle, Set<Language> languages) {

    private static final String LANGUAGE_AUTHORITY = "LANGUAGE_";

    public EditingRights {
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    /** The authority a translator of this language holds, next to their roles. */
    public static GrantedAuthority authorityFor(Language language) {
        return new SimpleGrantedAuthority(LANGUAGE_AUTHORITY + language.code());
    }

    public static EditingRights of(Collection<? extends GrantedAuthority> granted) {
        var authorities = granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (authorities.contains("ROLE_" + Roles.EDITOR) || authorities.contains("ROLE_" + Roles.ADMIN)) {
            return new EditingRights(true, EnumSet.allOf(Language.class));
        }
        if (!authorities.contains("ROLE_" + Roles.TRANSLATOR)) {
            return new EditingRights(false, Set.of());
        }
        return new EditingRights(
                false,
                Arrays.stream(Language.values())
                        .filter(language ->
                                authorities.contains(authorityFor(language).getAuthority()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class))));
    }

    public boolean mayWrite(Language language) {
        return languages.contains(language);
    }

    /** @throws AccessDeniedException unless this person may write the language version */
    public void requireWrite(Language language) {
        if (!mayWrite(language)) {
            throw new AccessDeniedException("Not allowed to change the " + language.code() + " version");
        }
    }

    /** @throws AccessDeniedException unless this person may change what all versions share, and their states */
    public void requireWholeArticle() {
        if (!wholeArticle) {
            throw new AccessDeniedException("Only editors change an article's shared fields and states");
        }
    }
}
