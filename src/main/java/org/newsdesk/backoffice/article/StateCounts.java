package org.newsdesk.backoffice.article;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.newsdesk.article.OverviewCounts;
import org.newsdesk.base.PublicationStatus;

/**
 * "All 15 · Drafts 1 · Scheduled 1 · …": how many articles of the current filter are in each state, each a link
 * that narrows the list to that state, the chosen one marked.
 */
class StateCounts extends Nav {

    StateCounts() {
        addClassName("state-counts");
    }

    void show(ListAddress address, OverviewCounts counts) {
        removeAll();
        getElement().setAttribute("aria-label", getTranslation("admin.column.status"));
        add(link(getTranslation("admin.states.all", counts.all()), address.withStatus(null), address.status() == null));
        for (var status : PublicationStatus.values()) {
            add(link(
                    getTranslation("admin.states." + status.name(), counts.of(status)),
                    address.withStatus(status),
                    address.status() == status));
        }
    }

    private static RouterLink link(String text, ListAddress target, boolean current) {
        var link = new RouterLink(text, ArticleAdminListView.class);
        link.addClassName("state-count");
        link.setQueryParameters(target.parameters());
        if (current) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
