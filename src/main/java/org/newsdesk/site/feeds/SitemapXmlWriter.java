package org.newsdesk.site.feeds;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.vaadin.flow.i18n.I18NProvider;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.seo.NewsVersion;
import org.newsdesk.seo.SitemapPage;
import org.springframework.stereotype.Component;

/** Writes the sitemaps.org XML format, with hreflang alternates as Google reads them (xhtml:link). */
@Component
class SitemapXmlWriter {

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    private static final String NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    private final I18NProvider texts;

    SitemapXmlWriter(I18NProvider texts) {
        this.texts = texts;
    }

    /** The sitemap index: where each sitemap file is. */
    String writeIndex(List<String> sitemapPaths, PublicSiteUrl site) {
        return document("sitemapindex", xml -> {
            for (var path : sitemapPaths) {
                xml.writeCharacters("\n");
                xml.writeStartElement("sitemap");
                writeElement(xml, "loc", site.of(path));
                xml.writeEndElement();
            }
        });
    }

    String write(List<SitemapPage> pages, PublicSiteUrl site) {
        return document("urlset", xml -> {
            xml.writeNamespace("xhtml", XHTML_NAMESPACE);
            for (var page : pages) {
                writeUrl(xml, page, site);
            }
        });
    }

    /** A news sitemap (Google's format): each recent article with its publication, language, date and title. */
    String writeNews(List<NewsVersion> news, PublicSiteUrl site) {
        return document("urlset", xml -> {
            xml.writeNamespace("news", NEWS_NAMESPACE);
            for (var article : news) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                writeElement(xml, "loc", site.of(Addresses.article(article.language(), article.slug())));
                xml.writeStartElement("news", "news", NEWS_NAMESPACE);
                xml.writeStartElement("news", "publication", NEWS_NAMESPACE);
                writeNewsElement(
                        xml,
                        "name",
                        texts.getTranslation("site.name", article.language().locale()));
                writeNewsElement(xml, "language", article.language().code());
                xml.writeEndElement();
                writeNewsElement(
                        xml, "publication_date", article.publicationDate().toString());
                writeNewsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    private String document(String root, XmlBody body) {
        var out = new StringWriter();
        try {
            var xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException writerFailure) {
            throw new IllegalStateException("Cannot write the sitemap", writerFailure);
        }
        return out.toString();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void writeNewsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NAMESPACE);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void writeUrl(XMLStreamWriter xml, SitemapPage page, PublicSiteUrl site) throws XMLStreamException {
        xml.writeCharacters("\n"); // one page per line, for people who read the file
        xml.writeStartElement("url");
        writeElement(xml, "loc", site.of(page.path()));
        if (page.lastModified() != null) {
            writeElement(xml, "lastmod", page.lastModified().toString());
        }
        for (var alternate : page.alternates().entrySet()) {
            xml.writeEmptyElement("xhtml", "link", XHTML_NAMESPACE);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.getKey().code());
            xml.writeAttribute("href", site.of(alternate.getValue()));
        }
        xml.writeEndElement();
    }

    private static void writeElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
