package org.microblog.adapter.web.card;

/**
 * One piece of a post's text as templates render it: escaped text, inside a link when {@code href}
 * is set. Templates iterate these; user text is never inserted as HTML.
 *
 * @param text what the reader sees
 * @param href where it links, or null for plain text
 * @param rel the link's {@code rel}, or null
 * @param marked whether it is a word a search looked for, shown in {@code <mark>}
 */
public record TextPart(String text, String href, String rel, boolean marked) {
  /** Links that people wrote: search engines give them no credit and the target no opener. */
  static final String USER_LINK_REL = "nofollow noopener ugc";

  static TextPart plain(String text) {
    return new TextPart(text, null, null, false);
  }

  static TextPart marked(String text) {
    return new TextPart(text, null, null, true);
  }

  static TextPart link(String text, String href, String rel) {
    return new TextPart(text, href, rel, false);
  }

  TextPart markedIf(boolean marked) {
    return new TextPart(text, href, rel, marked);
  }
}
