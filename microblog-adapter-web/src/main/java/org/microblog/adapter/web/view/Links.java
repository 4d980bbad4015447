package org.microblog.adapter.web.view;

/** URLs of pages that other pages link to. Usernames are [A-Za-z0-9_], safe in a path as is. */
public final class Links {
  private Links() {}

  public static String profile(String username) {
    return "/users/" + username;
  }

  public static String avatar(String username) {
    return "/avatars/" + username + ".svg";
  }
}
