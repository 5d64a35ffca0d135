package org.newsdesk.article;

import java.util.Map;

import org.newsdesk.base.PublicationStatus;

/**
 * How many articles the back office list holds for its filter, in all and per state. An article with versions in
 * two states counts in both, so the states need not add up to all.
 */
public record OverviewCounts(int all, Map<PublicationStatus, Integer> byStatus) {

    public OverviewCounts {
        byStatus = Map.copyOf(byStatus);
    }

    public int of(PublicationStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
