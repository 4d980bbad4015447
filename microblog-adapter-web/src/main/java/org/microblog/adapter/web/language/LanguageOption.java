package org.microblog.adapter.web.language;

/**
 * One language in the switcher and the settings form.
 *
 * @param code the ISO 639-1 code, the form's value
 * @param name the language's name in itself
 * @param selected whether it is the page's language
 */
public record LanguageOption(String code, String name, boolean selected) {}
