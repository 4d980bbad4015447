package org.microblog.adapter.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URLs of pages that other pages link to. Usernames are [A-Za-z0-9_], safe in a path as is. */
public final class Links {
  private Links() {}

  public static String profile(String username) {
    return "/users/" + username;
  }

  public static String avatar(String username) {
    return "/avatars/" + username + ".svg";
  }

  /**
   * A tag's page, by the tag's name as written (any case finds the same posts). Tags are letters,
   * marks, digits and {@code _}, never a space, so form encoding is path encoding here: letters
   * beyond ASCII become UTF-8 percent escapes.
   */
  public static String tag(String name) {
    return "/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }
}
