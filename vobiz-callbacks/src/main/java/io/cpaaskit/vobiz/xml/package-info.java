/**
 * A typed builder for VobizXML, the document an answer URL returns to steer a call: start with
 * {@link io.cpaaskit.vobiz.xml.VobizXml#response()}. Nesting rules are enforced by the types, attribute values by
 * their types and range checks, and escaping by the writer, so a built document always parses.
 */
package io.cpaaskit.vobiz.xml;
