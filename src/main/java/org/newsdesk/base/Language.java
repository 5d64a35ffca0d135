package org.newsdesk.base;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The languages Newsdesk publishes in. The order is the order of the language switch. */
public enum Language {
    NL,
    FR,
    EN,
    DE;

    /**
     * The language content is written in first: visitors without a preference read it, and the back office's
     * language tabs (article editor, timeline entries) open on it, whatever language the back office speaks.
     */
    public static final Language DEFAULT = NL;

    /** The route template fragment that accepts exactly these language codes. */
    public static final String ROUTE_PATTERN = "nl|fr|en|de";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(code))
                .findFirst();
    }

    public static Language fromLocale(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }

    /**
     * Of things written in several languages (the versions of an article, the texts of a timeline entry), the one in
     * the preferred language when there is one, otherwise the one in the first language, in language order.
     *
     * @throws java.util.NoSuchElementException when there are none
     */
    public static <T> T preferredOrFirst(Collection<T> written, Function<T, Language> languageOf, Language preferred) {
        return written.stream()
                .filter(each -> languageOf.apply(each) == preferred)
                .findFirst()
                .orElseGet(() ->
                        written.stream().min(Comparator.comparing(languageOf)).orElseThrow());
    }

    /** The visitor's most preferred language that Newsdesk speaks, from an Accept-Language header. */
    public static Language preferredIn(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> range.getRange().split("-")[0])
                    .map(Language::fromCode)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(DEFAULT);
        } catch (IllegalArgumentException malformedHeader) {
            return DEFAULT;
        }
    }
}
