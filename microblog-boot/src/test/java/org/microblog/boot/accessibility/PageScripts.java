package org.microblog.boot.accessibility;

/** What the checks ask the page itself, in its own language. */
final class PageScripts {
  private PageScripts() {}

  /** Horizontal overflow in pixels and the number of lines the main navigation takes. */
  static final String LAYOUT =
      """
      const overflow = document.documentElement.scrollWidth - window.innerWidth;
      const tops = [...document.querySelectorAll('.nav a, .nav button, .nav .whoami')]
        .map(e => e.getBoundingClientRect())
        .filter(r => r.width > 0 && r.top >= 0)
        .map(r => r.top + r.height / 2);
      const lines = [];
      tops.sort((a, b) => a - b).forEach(t => {
        if (!lines.length || t - lines[lines.length - 1] > 12) lines.push(t);
      });
      return [overflow, lines.length];
      """;

  /**
   * Remembers the page's focusable elements in document order and returns how many. What a closed
   * {@code <details>} hides (a link in a post behind a content warning) is not, though Chrome still
   * gives it client rectangles; its summary is.
   */
  static final String FOCUSABLES =
      """
      const hiddenByDetails = e => {
        const closed = e.closest('details:not([open])');
        return closed !== null && !(e.tagName === 'SUMMARY' && e.parentElement === closed);
      };
      window.__focusables = [...document.querySelectorAll(
          'a[href], button, details > summary, input:not([type=hidden]), select, textarea,'
          + ' [tabindex]')]
        .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
          && getComputedStyle(e).visibility !== 'hidden' && !hiddenByDetails(e));
      return window.__focusables.length;
      """;

  /**
   * About the focused element: its place among the focusables (-1: none of them), a description,
   * its rectangle in the document, whether its focus ring is at least 2 px and its contrast with
   * the background it is drawn on.
   */
  static final String FOCUSED =
      """
      const e = document.activeElement;
      const index = window.__focusables.indexOf(e);
      if (index < 0) return [index, e ? e.tagName : 'none', 0, 0, 0, 0, false, 0];
      const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
      const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255)
        .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      const background = el => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const style = getComputedStyle(e);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const a = luminance(rgb(style.outlineColor)), b = luminance(background(e.parentElement));
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const r = e.getBoundingClientRect();
      const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      const name = (e.getAttribute('aria-label') || e.textContent || e.name || e.id || '').trim();
      return [index, e.tagName.toLowerCase() + ' "' + name.slice(0, 40) + '"',
        r.left + scrollX, r.top + scrollY, r.right + scrollX, r.bottom + scrollY,
        ring && inView, contrast];
      """;

  /**
   * After a form came back with errors: is the focus on its first invalid field, tied to its error?
   */
  static final String FOCUS_ON_FIRST_ERROR =
      """
      const first = document.querySelector('[aria-invalid=true]');
      if (!first) {
        // A refusal that belongs to no field (following oneself, an address verified already)
        // only needs its message, announced.
        return document.querySelector('.error[role=alert]') ? '' : 'no error is shown';
      }
      if (document.activeElement !== first) {
        return 'the focus is on ' + document.activeElement.tagName + '#' + document.activeElement.id
          + ', not on the first invalid field #' + first.id;
      }
      const ids = (first.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
      const described = ids.map(id => document.getElementById(id)).filter(Boolean);
      if (!described.length || !described.some(d => d.classList.contains('error') && d.textContent.trim())) {
        return '#' + first.id + ' is not described by its error message';
      }
      return '';
      """;
}
