package com.riskdesk.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which escapes every text and attribute. Characters
 * XML 1.0 cannot carry at all (most control characters) are dropped from user text rather than breaking the feed.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /**
     * The feed's own facts: its id, title, subtitle, last update, where it and its dashboard live, its author's name
     * and its language (the feed's {@code xml:lang}).
     */
    record Head(String id, String title, String subtitle, Instant updated, String selfUrl, String dashboardUrl,
                String author, String language) {
    }

    private AtomFeedWriter() {
    }

    static byte[] write(Head head, List<FeedItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", head.language());
            text(xml, "id", head.id());
            text(xml, "title", head.title());
            if (head.subtitle() != null && !head.subtitle().isBlank()) {
                text(xml, "subtitle", head.subtitle());
            }
            text(xml, "updated", head.updated().toString());
            link(xml, "self", "application/atom+xml", head.selfUrl());
            link(xml, "alternate", "text/html", head.dashboardUrl());
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", head.author());
            xml.writeEndElement();
            text(xml, "generator", head.author());
            for (FeedItem item : items) {
                entry(xml, item);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", item.id());
        text(xml, "title", item.title());
        text(xml, "updated", item.updated().toString());
        text(xml, "published", item.updated().toString());
        link(xml, "alternate", "text/html", item.link());
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", item.category());
        xml.writeAttribute("label", item.categoryLabel());
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlSafe(item.summary()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

    /** Keeps only the characters XML 1.0 allows: tab, line feed, carriage return and U+0020 upwards (no FFFE/FFFF). */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
