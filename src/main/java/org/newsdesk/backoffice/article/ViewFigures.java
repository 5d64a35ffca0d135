package org.newsdesk.backoffice.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;

/**
 * An article's views: the total, then each language version's on a line of its own ("fr 310"), so an editor sees
 * which language is read. Versions nobody read yet are left out.
 */
class ViewFigures extends Div {

    ViewFigures(ArticleOverview article, Language editorLanguage) {
        addClassName("view-figures");
        var total = new Span(Formats.count(article.views(), editorLanguage));
        total.addClassName("view-figures-total");
        add(total);
        for (var version : article.versions()) {
            if (version.views() == 0) {
                continue;
            }
            var code = new Span(version.language().code());
            code.addClassName("version-state-language");
            code.getElement()
                    .setAttribute("title", getTranslation(version.language().locale(), "language.name"));
            var line = new Span(code, new Span(Formats.count(version.views(), editorLanguage)));
            line.addClassName("view-figures-version");
            add(line);
        }
    }
}
