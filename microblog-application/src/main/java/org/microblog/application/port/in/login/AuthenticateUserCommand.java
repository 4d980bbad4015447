package org.microblog.application.port.in.login;

/**
 * Credentials as typed. They are deliberately raw strings: a login form must answer a malformed
 * username with the same generic message as a wrong password.
 */
public record AuthenticateUserCommand(String username, String password) {
  public AuthenticateUserCommand {
    username = username == null ? "" : username;
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "AuthenticateUserCommand[" + username + ", password hidden]";
  }
}
