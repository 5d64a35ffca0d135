package org.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why and since when a version that readers can still read at its address was withdrawn: its banner.
 *
 * @param day the day of {@code withdrawnAt} on the site's clocks, as the banner gives it
 */
public record Withdrawal(Instant withdrawnAt, LocalDate day, String reason) {}
