package io.cpaaskit.vobiz.xml.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One element of a document under construction: a name, attributes in the order they were first set, and mixed
 * content (text and child elements). Every value is checked for characters XML 1.0 forbids when it is added, and
 * escaped when written, so a tree built only through this class always serialises to well-formed XML.
 *
 * <p>Not thread-safe; owned by one builder at a time.
 */
public final class XmlElement {
  // The subset of XML Name that our vocabulary (VobizXML verbs, SSML tags, xml:lang) needs.
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._:-]*");

  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> content = new ArrayList<>();

  /**
   * Creates an element with no attributes and no content.
   *
   * @param name the element name
   */
  public XmlElement(String name) {
    this.name = checkedName(name);
  }

  /**
   * Returns the element name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Sets (or replaces) an attribute; the value is checked for characters XML 1.0 forbids.
   *
   * @param attribute the attribute name
   * @param value the value, unescaped
   * @return this element
   * @throws IllegalArgumentException if the value holds a character XML 1.0 forbids (the message names the element
   *     and the attribute)
   */
  public XmlElement set(String attribute, String value) {
    checkedName(attribute);
    Objects.requireNonNull(value, "value == null");
    XmlChars.requireLegal(name + " " + attribute, value);
    attributes.put(attribute, value);
    return this;
  }

  /**
   * Returns an attribute's value.
   *
   * @param attribute the attribute name
   * @return the value, or {@code null} when it is not set
   */
  public String get(String attribute) {
    return attributes.get(attribute);
  }

  /**
   * Appends character data; the text is checked for characters XML 1.0 forbids.
   *
   * @param what how an error message should name this text, for example {@code "Speak text"}
   * @param text the text, unescaped
   * @return this element
   * @throws IllegalArgumentException if the text holds a character XML 1.0 forbids
   */
  public XmlElement text(String what, String text) {
    Objects.requireNonNull(text, "text == null");
    XmlChars.requireLegal(what, text);
    content.add(text);
    return this;
  }

  /**
   * Appends a child element.
   *
   * @param child the child
   * @return this element
   */
  public XmlElement append(XmlElement child) {
    content.add(Objects.requireNonNull(child, "child == null"));
    return this;
  }

  /**
   * Appends text and elements in order, as {@link #text} and {@link #append} would.
   *
   * @param nodes strings and elements
   * @return this element
   */
  public XmlElement appendAll(List<?> nodes) {
    for (Object node : nodes) {
      if (node instanceof XmlElement) {
        append((XmlElement) node);
      } else {
        text(name + " text", (String) node);
      }
    }
    return this;
  }

  /**
   * Tells whether the element has neither text nor children.
   *
   * @return true when the content is empty
   */
  public boolean isEmpty() {
    return content.isEmpty();
  }

  /**
   * Writes the element and everything below it, escaped, without any whitespace between tags (Vobiz reads text
   * content verbatim, so indentation would change what is spoken or dialled).
   *
   * @param out where to write
   */
  public void writeTo(StringBuilder out) {
    out.append('<').append(name);
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      out.append(' ').append(attribute.getKey()).append("=\"");
      XmlChars.escapeAttribute(attribute.getValue(), out);
      out.append('"');
    }
    if (content.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Object node : content) {
      if (node instanceof XmlElement) {
        ((XmlElement) node).writeTo(out);
      } else {
        XmlChars.escapeText((String) node, out);
      }
    }
    out.append("</").append(name).append('>');
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    writeTo(out);
    return out.toString();
  }

  private static String checkedName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an XML name: " + name);
    }
    return name;
  }
}
