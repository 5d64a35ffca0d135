package org.newsdesk.site.feeds;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.seo.SitemapPage;
import org.springframework.stereotype.Component;

/** Writes the sitemaps.org XML format, with hreflang alternates as Google reads them (xhtml:link). */
@Component
class SitemapXmlWriter {

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    String write(List<SitemapPage> pages, PublicSiteUrl site) {
        var out = new StringWriter();
        try {
            var xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
            xml.writeNamespace("xhtml", XHTML_NAMESPACE);
            for (var page : pages) {
                writeUrl(xml, page, site);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException writerFailure) {
            throw new IllegalStateException("Cannot write the sitemap", writerFailure);
        }
        return out.toString();
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
