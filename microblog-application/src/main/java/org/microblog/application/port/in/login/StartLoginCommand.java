package org.microblog.application.port.in.login;

import java.util.Objects;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;

/** A person who has proved who they are, and the facts of the browser they did it from. */
public record StartLoginCommand(
    AuthenticatedUser user, boolean remember, BrowserDescription browser, ClientNetwork network) {
  public StartLoginCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(network, "network");
  }
}
