package org.newsdesk.site;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsdesk.article.ArticleCard;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A public page as a visitor sees it in a browserless UI test: what the page shows as HTML, including what it wrote
 * straight into the browser's page without keeping a copy in the session.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
public abstract class PublicPageTest extends SpringBrowserlessTest {

    /** What the page wrote into the browser's page and the scripts it ran there, in order. */
    private final StringBuilder written = new StringBuilder();

    protected final List<String> scripts = new ArrayList<>();

    /** Opens a page with a query string, which the browserless navigate(String, Class) refuses. */
    protected void navigate(String path, String queryString) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(queryString));
    }

    /**
     * Everything the page shows as HTML: the fragments it keeps as components and, in the order they went out, those
     * it wrote into the browser's page without keeping them (which only a browser would put in place).
     */
    protected String shownHtml() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        internals.dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .forEach(invocation -> {
                    scripts.add(invocation.getExpression());
                    if (invocation.getExpression().contains("HTML")) {
                        invocation.getParameters().stream()
                                .filter(String.class::isInstance)
                                .forEach(written::append);
                    }
                });
        return String.join(
                        "",
                        $(Html.class).all().stream()
                                .map(html -> html.getElement().getOuterHTML())
                                .toList())
                + written;
    }

    protected List<String> shownTitles() {
        return Jsoup.parseBodyFragment(shownHtml()).select(".news-card-title a").eachText();
    }

    protected Element filterForm() {
        return Jsoup.parseBodyFragment(shownHtml()).select("form.news-filters").last();
    }

    protected static List<String> titles(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::title).toList();
    }
}
