package org.newsdesk.site.news;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.ui.AddressParameters;
import org.newsdesk.base.web.Addresses;

/**
 * One address of the news grid: the search words, theme and year a visitor chose, and where the page starts, all
 * in the query string ({@code ?q=…&theme=…&year=…&before=…}), so that every page can be linked, bookmarked and
 * followed without scripts. Read leniently: a value that cannot be understood counts as absent, so an edited or
 * truncated link shows news (at worst the newest), never an error.
 *
 * @param text      the search words as typed, stripped; empty for no search
 * @param themeSlug null for every theme
 * @param year      null for every year
 * @param before    the last card of the page before this one, which this page continues after; null for the
 *                  newest news
 */
public record NewsAddress(
        String text,
        @Nullable String themeSlug,
        @Nullable Integer year,
        @Nullable NewsCursor before) {

    /**
     * A cursor as it appears in the address: the publication date and the article id of the last card,
     * {@code 2021-05-03.1234}. Readable, and nothing in it needs escaping. A year outside 1000–9999 (MariaDB's
     * dates) or an id of 0 is no place in the news, so it counts as absent like any other nonsense.
     */
    private static final Pattern CURSOR = Pattern.compile("([1-9]\\d{3}-\\d{2}-\\d{2})\\.([1-9]\\d{0,17})");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static NewsAddress of(QueryParameters parameters) {
        return new NewsAddress(
                AddressParameters.single(parameters, "q").orElse(""),
                AddressParameters.single(parameters, "theme").orElse(null),
                AddressParameters.single(parameters, "year")
                        .filter(YEAR.asMatchPredicate())
                        .map(Integer::valueOf)
                        .orElse(null),
                AddressParameters.single(parameters, "before")
                        .flatMap(NewsAddress::cursor)
                        .orElse(null));
    }

    boolean isFiltered() {
        return !text.isEmpty() || themeSlug != null || year != null;
    }

    public boolean isPaged() {
        return before != null;
    }

    /** The same selection, continuing after this card. */
    NewsAddress after(@Nullable NewsCursor cursor) {
        return new NewsAddress(text, themeSlug, year, cursor);
    }

    /** The same selection from its newest article on. */
    NewsAddress newest() {
        return after(null);
    }

    /** Site-relative, like every link of the public pages. */
    String href(Language language) {
        var parameters = new ArrayList<String>();
        if (!text.isEmpty()) {
            parameters.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (themeSlug != null) {
            parameters.add("theme=" + URLEncoder.encode(themeSlug, StandardCharsets.UTF_8));
        }
        if (year != null) {
            parameters.add("year=" + year);
        }
        if (before != null) {
            parameters.add("before=" + before.publicationDate() + "." + before.articleId());
        }
        return Addresses.news(language) + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static Optional<NewsCursor> cursor(String text) {
        var matcher = CURSOR.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NewsCursor(LocalDate.parse(matcher.group(1)), Long.parseLong(matcher.group(2))));
        } catch (DateTimeParseException noSuchDay) {
            return Optional.empty();
        }
    }
}
