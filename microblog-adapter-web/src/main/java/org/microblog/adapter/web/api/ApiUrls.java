package org.microblog.adapter.web.api;

import jakarta.inject.Singleton;
import org.microblog.adapter.web.config.PublicUrlConfiguration;

/** Absolute URLs for the API: apps have no page to resolve a relative link against. */
@Singleton
public final class ApiUrls {
  private final String base;

  ApiUrls(PublicUrlConfiguration configuration) {
    this.base = configuration.publicUrl();
  }

  public String base() {
    return base;
  }

  /** The host (and port) people reach the site at. */
  public String domain() {
    return base.replaceFirst("^[a-z]+://", "");
  }

  /** {@code path} made absolute when it is a path on this site. */
  public String absolute(String path) {
    return path.startsWith("/") ? base + path : path;
  }
}
