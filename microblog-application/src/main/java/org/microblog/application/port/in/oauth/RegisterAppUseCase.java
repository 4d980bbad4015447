package org.microblog.application.port.in.oauth;

/** {@code POST /api/v1/apps}: registers an app, which anyone may do. */
public interface RegisterAppUseCase {
  RegisteredApp register(RegisterAppCommand command);
}
