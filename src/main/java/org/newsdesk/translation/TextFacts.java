package org.newsdesk.translation;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The facts in a text that must not differ between its languages: the numbers it mentions (years, dates,
 * amounts, figures) and the addresses it links to. Numbers are compared by their digits, so that 1.000, 1,000 and
 * 1 000 are one number in Dutch, English and French, and 12,5 and 12.5 another.
 */
final class TextFacts {

    /** A Markdown link's target, an autolink, or an address written out. */
    private static final Pattern LINK = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)|<(https?://[^>\\s]+)>|(https?://[^\\s)<>\\]]+)");
    /** Digits, with the separators numbers are written with inside them (not at their end: "in 2021."). */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+|[\\u00a0\\u202f ]\\d{3}(?!\\d))*");

    private TextFacts() {}

    static Set<String> links(String text) {
        var links = new TreeSet<String>();
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            for (var group = 1; group <= 3; group++) {
                if (matcher.group(group) != null) {
                    links.add(withoutTrailingPunctuation(matcher.group(group)));
                }
            }
        }
        return links;
    }

    /**
     * The numbers outside link targets, each by its digits without leading zeros ("03/2021" has 3 and 2021) to the
     * way the text first writes it.
     */
    static Map<String, String> numbers(String text) {
        var withoutLinks = LINK.matcher(text).replaceAll(" ");
        var numbers = new TreeMap<String, String>();
        var matcher = NUMBER.matcher(withoutLinks);
        while (matcher.find()) {
            var digits = matcher.group().replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", "");
            numbers.putIfAbsent(digits, matcher.group());
        }
        return numbers;
    }

    private static String withoutTrailingPunctuation(String link) {
        return link.replaceFirst("[.,;:!?]+$", "");
    }
}
