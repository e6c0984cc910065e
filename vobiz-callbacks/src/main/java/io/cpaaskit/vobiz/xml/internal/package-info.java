/**
 * Support classes of the VobizXML builder (the element tree, escaping, argument checks). Not a public API: anything
 * here may change without notice.
 */
package io.cpaaskit.vobiz.xml.internal;
