package io.cpaaskit.vobiz.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Parses built documents with the JDK's DOM parser, hardened, failing on any warning or error. */
final class XmlAssert {
  private XmlAssert() {}

  /** Parses the bytes as UTF-8 XML with secure processing on and DTDs refused; returns the root element. */
  static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertThat(document.getXmlEncoding()).isEqualTo("UTF-8");
      assertThat(document.getXmlVersion()).isEqualTo("1.0");
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e + "\n" + xml, e);
    }
  }

  /** Returns the n-th child element of {@code parent}. */
  static Element child(Element parent, int index) {
    int seen = 0;
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        if (seen++ == index) {
          return (Element) node;
        }
      }
    }
    throw new AssertionError(parent.getTagName() + " has no child element " + index);
  }

  /** Counts the child elements of {@code parent}. */
  static int childCount(Element parent) {
    int count = 0;
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        count++;
      }
    }
    return count;
  }
}
