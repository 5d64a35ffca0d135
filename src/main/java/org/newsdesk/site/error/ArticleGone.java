package org.newsdesk.site.error;

/** Thrown by a view entered at the address of an article version that was unpublished for good. */
public class ArticleGone extends RuntimeException {

    public ArticleGone() {
        super("The article was unpublished", null, false, false);
    }
}
