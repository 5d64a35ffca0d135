package org.newsdesk.counting;

/**
 * An article among the most read of a window of days.
 *
 * @param title its title in the language asked for, or in the first language it has
 * @param views its views in the window, all languages together
 */
public record MostRead(long articleId, String title, long views) {}
