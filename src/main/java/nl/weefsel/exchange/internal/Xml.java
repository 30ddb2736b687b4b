package nl.weefsel.exchange.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML writer for the graph files. The StAX writer escapes {@code < & " '} itself; what it does
 * not do is drop the control characters XML 1.0 forbids outright, which pasted text can contain.
 */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;
    private int depth;

    Xml(OutputStream out) throws XMLStreamException {
        this.writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    Xml start(String name) throws XMLStreamException {
        newline();
        writer.writeStartElement(name);
        depth++;
        return this;
    }

    Xml empty(String name) throws XMLStreamException {
        newline();
        writer.writeEmptyElement(name);
        return this;
    }

    Xml attribute(String name, String value) throws XMLStreamException {
        writer.writeAttribute(name, clean(value));
        return this;
    }

    Xml namespace(String uri) throws XMLStreamException {
        writer.writeDefaultNamespace(uri);
        return this;
    }

    Xml text(String text) throws XMLStreamException {
        writer.writeCharacters(clean(text));
        return this;
    }

    /** Ends the element; {@code inline} keeps the end tag on the line of its text. */
    Xml end(boolean inline) throws XMLStreamException {
        depth--;
        if (!inline) {
            newline();
        }
        writer.writeEndElement();
        return this;
    }

    Xml end() throws XMLStreamException {
        return end(false);
    }

    private void newline() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }
}
