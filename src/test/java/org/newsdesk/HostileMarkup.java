package org.newsdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What in a page's markup would let a script of an attacker run, or would run one when clicked, focused or hovered:
 * event-handler attributes, script-bearing addresses ({@code javascript:}, {@code vbscript:}, HTML or SVG as
 * {@code data:}), scripts that carry a vector's call, and frames, objects, embeds, refreshing metas and foreign base
 * addresses. Used on raw first responses, on the live DOM that Chromium built, and on the HTML inside feeds.
 */
public final class HostileMarkup {

    private static final Pattern SCRIPT_ADDRESS =
            Pattern.compile("^(javascript|vbscript|data:(text/html|image/svg|text/javascript|application)).*");
    private static final Pattern IGNORED_IN_ADDRESSES = Pattern.compile("[\\x00-\\x20]");
    private static final List<String> ADDRESS_ATTRIBUTES =
            List.of("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc");

    private HostileMarkup() {}

    public static List<String> in(String html) {
        return in(Jsoup.parse(html));
    }

    /** @return each offending element, as markup, with why; empty when the markup is harmless */
    public static List<String> in(Document document) {
        var found = new ArrayList<String>();
        for (var element : document.getAllElements()) {
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                var value = IGNORED_IN_ADDRESSES
                        .matcher(attribute.getValue())
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add("event handler " + name + ": " + shortly(element));
                } else if (ADDRESS_ATTRIBUTES.contains(name)
                        && SCRIPT_ADDRESS.matcher(value).matches()) {
                    found.add("script address in " + name + ": " + shortly(element));
                }
            }
            var tag = element.normalName();
            // Data blocks (JSON-LD) never run; a vector that broke out of one would be an element of its own.
            var runs = !element.attr("type").toLowerCase(Locale.ROOT).endsWith("json");
            if (tag.equals("script")
                    && runs
                    && (element.data().contains("alert(") || element.data().contains(XssCorpus.FLAG))) {
                found.add("vector script: " + shortly(element));
            }
            // Vaadin's own offline page is a frame too; a vector's frame carries the vector.
            if (List.of("iframe", "object", "embed", "frame", "applet").contains(tag) && carriesAVector(element)) {
                found.add("embedded content: " + shortly(element));
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add("refresh: " + shortly(element));
            }
            if (tag.equals("base") && element.attr("href").contains(":")) {
                found.add("foreign base: " + shortly(element));
            }
        }
        return found;
    }

    private static boolean carriesAVector(Element element) {
        var html = element.outerHtml();
        return html.contains("alert") || html.contains(XssCorpus.FLAG) || html.contains("javascript");
    }

    private static String shortly(Element element) {
        var html = element.outerHtml();
        return html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }
}
