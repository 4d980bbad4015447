package org.microblog.adapter.web.card;

/**
 * One piece of a post's text as templates render it: escaped text, inside a link when {@code href}
 * is set. Templates iterate these; user text is never inserted as HTML.
 *
 * @param text what the reader sees
 * @param href where it links, or null for plain text
 * @param rel the link's {@code rel}, or null
 */
public record TextPart(String text, String href, String rel) {
  /** Links that people wrote: search engines give them no credit and the target no opener. */
  static final String USER_LINK_REL = "nofollow noopener ugc";

  static TextPart plain(String text) {
    return new TextPart(text, null, null);
  }

  static TextPart link(String text, String href, String rel) {
    return new TextPart(text, href, rel);
  }
}
