package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import io.cpaaskit.vobiz.xml.internal.XmlElement;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every verb configurator shares: the element it fills in, and the rule that it may only be changed inside
 * the lambda that configures it. Once the lambda returns, cross-attribute rules are checked and the verb is sealed,
 * so a reference that escaped the lambda cannot change a document behind its builder's back.
 */
abstract class Verb {
  final XmlElement element;
  private boolean locked;

  Verb(String name) {
    this.element = new XmlElement(name);
  }

  /** Runs {@code options} on {@code verb}, checks the result and seals it. */
  static <V extends Verb> XmlElement configure(V verb, Consumer<? super V> options) {
    Objects.requireNonNull(options, verb.element.name() + " options == null");
    options.accept(verb);
    verb.validate();
    ((Verb) verb).locked = true;
    return verb.element;
  }

  /** Checks rules that involve more than one attribute; called once, when the lambda returns. */
  void validate() {}

  final String what(String attribute) {
    return element.name() + " " + attribute;
  }

  final void set(String attribute, String value) {
    requireOpen(attribute);
    element.set(attribute, value);
  }

  final void set(String attribute, boolean value) {
    set(attribute, Boolean.toString(value));
  }

  final void set(String attribute, long value) {
    set(attribute, Long.toString(value));
  }

  final void set(String attribute, HttpMethod method) {
    set(attribute, Check.present(what(attribute), method).name());
  }

  final boolean isTrue(String attribute) {
    return "true".equals(element.get(attribute));
  }

  final boolean has(String attribute) {
    return element.get(attribute) != null;
  }

  final void append(XmlElement child) {
    requireOpen(child.name());
    element.append(child);
  }

  final void requireOpen(String what) {
    if (locked) {
      throw new IllegalStateException(
          element.name() + " " + what + ": this " + element.name()
              + " is already part of the document; configure it inside its lambda");
    }
  }
}
