package org.newsdesk.site.error;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.newsdesk.base.Language;
import org.newsdesk.site.html.ErrorPageHtml;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an address whose query string cannot be decoded (a broken percent sign, bytes that are no UTF-8, as a
 * mangled copy and paste or a scanner produces them) with a plain page in the visitor's language that says so
 * and leads to the news. Without it, the servlet container fails while reading the parameters, before any page
 * could answer: the visitor got Spring's "Whitelabel Error Page" and the log a stack trace per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after security.SecurityHeadersFilter, so that a 400 page has its headers too
class GarbledAddressFilter extends OncePerRequestFilter {

    /** The bean, not I18NProvider.translate: that needs a Vaadin request, and this answers before Vaadin. */
    private final I18NProvider texts;

    GarbledAddressFilter(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null || isReadable(request.getQueryString());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("^/", "");
        var firstSegment = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        var language = Language.fromCode(firstSegment)
                .orElseGet(() -> Language.preferredIn(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page(language, request.getContextPath() + "/" + language.code() + "/"));
    }

    /** Whether every percent sign starts two hexadecimal digits and the decoded bytes are UTF-8. */
    static boolean isReadable(String queryString) {
        var bytes = ByteBuffer.allocate(queryString.length() * 3);
        for (var i = 0; i < queryString.length(); i++) {
            var character = queryString.charAt(i);
            if (character == '%') {
                if (i + 2 >= queryString.length()) {
                    return false;
                }
                var high = Character.digit(queryString.charAt(i + 1), 16);
                var low = Character.digit(queryString.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(character).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.flip());
            return true;
        } catch (CharacterCodingException garbled) {
            return false;
        }
    }

    private String page(Language language, String newsPath) {
        var locale = language.locale();
        var document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.expectFirst("html").attr("lang", language.code());
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        document.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        document.title(
                texts.getTranslation("badAddress.title", locale) + " | " + texts.getTranslation("site.name", locale));
        document.head()
                .appendElement("style")
                .appendText("body{font-family:system-ui,sans-serif;color:#1b2330;"
                        + "max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#0b5394}");
        document.body()
                .appendElement("main")
                .appendChild(ErrorPageHtml.content(
                        language,
                        ErrorPageHtml.BAD_ADDRESS,
                        newsPath,
                        (pageLocale, key) -> texts.getTranslation(key, pageLocale)));
        return document.outerHtml();
    }
}
