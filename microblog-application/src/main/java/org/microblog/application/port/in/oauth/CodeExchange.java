package org.microblog.application.port.in.oauth;

import java.util.Optional;

/** The {@code authorization_code} grant's parameters. */
public record CodeExchange(
    ClientCredentials client, String code, String redirectUri, Optional<String> codeVerifier) {}
