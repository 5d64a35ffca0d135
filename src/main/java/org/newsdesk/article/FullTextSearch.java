package org.newsdesk.article;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns whatever a visitor types into a safe MariaDB boolean-mode full-text expression: only letters and
 * digits of any script survive, so quotes, operators, wildcards and SQL never reach the search as syntax.
 * Every word is required and may be the start of a longer word ("mensenhandel" finds "mensenhandelaars").
 */
final class FullTextSearch {

    /** InnoDB does not index shorter words: requiring one would match nothing. */
    private static final int MIN_WORD_LENGTH = 3;
    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_LENGTH = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullTextSearch() {
    }

    /** The boolean-mode expression, or empty when the text holds no searchable word. */
    static Optional<String> expressionFor(String text) {
        var expression = WORD.matcher(text).results()
                .map(match -> match.group())
                .filter(word -> word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH)
                .map(word -> word.codePoints().limit(MAX_WORD_LENGTH)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .distinct()
                .limit(MAX_WORDS)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
        return expression.isEmpty() ? Optional.empty() : Optional.of(expression);
    }
}
