package org.newsdesk.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule by which Newsdesk makes text comparable and addressable: lower case, with Latin, Greek and Cyrillic
 * accents folded away and letters that carry no separable accent spelled as people type them without one
 * ("Straße" → "strasse", "Œuvre" → "oeuvre", "Łódź" → "lodz"). Search words and slugs both start from it, so
 * that what a title's slug spells is what search finds. Changing it changes the words in the search index.
 */
public final class TextFolding {

    /** The combining accents of Latin, Greek and Cyrillic letters, which decomposition splits off. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    /** Letters that carry no separable accent but that people type without one. */
    private static final Map<String, String> LETTERS_WITHOUT_ACCENT =
            Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ı", "i");

    private static final Pattern SPECIAL_LETTERS = Pattern.compile("[ßæœøłđı]");

    private TextFolding() {}

    /**
     * Compatibility forms (ligatures such as "ĳ" and "ﬁ", full-width letters) become plain letters before the
     * accents go; letters of other scripts stay as they are, marks of their own included.
     */
    public static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var lower = ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        var plain = SPECIAL_LETTERS.matcher(lower).replaceAll(match -> LETTERS_WITHOUT_ACCENT.get(match.group()));
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }
}
