package io.cpaaskit.vobiz.xml.internal;

/**
 * What XML 1.0 allows in character data and attribute values, and how we escape it.
 *
 * <p>Both text and attribute values get all five predefined entities ({@code & < > " '}). Text would only need
 * {@code &} and {@code <} (and {@code >} after {@code ]]}), but escaping the same set everywhere leaves no case to
 * think about. In attributes, tab, line feed and carriage return are written as character references, because a
 * parser would otherwise normalise them to spaces; in text, carriage return is, because a parser would otherwise
 * turn {@code \r\n} into {@code \n}.
 */
public final class XmlChars {
  private XmlChars() {}

  /**
   * Rejects a value that holds a character outside XML 1.0's {@code Char} production (control characters other than
   * tab, line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF).
   *
   * @param what how the message should name the value, for example {@code "Speak text"} or {@code "Play loop"}
   * @param value the value
   * @throws IllegalArgumentException naming {@code what}, the code point and its index (never the whole value)
   */
  public static void requireLegal(String what, String value) {
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (!isLegal(codePoint)) {
        throw new IllegalArgumentException(
            what + " contains " + String.format("U+%04X", codePoint) + " at index " + i
                + ", which XML 1.0 does not allow (control characters other than tab, line feed and carriage return,"
                + " unpaired surrogates, U+FFFE and U+FFFF)");
      }
      i += Character.charCount(codePoint);
    }
  }

  /**
   * Tells whether XML 1.0 allows a code point in a document.
   *
   * @param codePoint the code point
   * @return true when it matches the {@code Char} production
   */
  public static boolean isLegal(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  static void escapeText(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append("&#13;");
      } else {
        escapeMarkup(c, out);
      }
    }
  }

  static void escapeAttribute(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t':
          out.append("&#9;");
          break;
        case '\n':
          out.append("&#10;");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          escapeMarkup(c, out);
      }
    }
  }

  private static void escapeMarkup(char c, StringBuilder out) {
    switch (c) {
      case '&':
        out.append("&amp;");
        break;
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '"':
        out.append("&quot;");
        break;
      case '\'':
        out.append("&apos;");
        break;
      default:
        out.append(c);
    }
  }
}
