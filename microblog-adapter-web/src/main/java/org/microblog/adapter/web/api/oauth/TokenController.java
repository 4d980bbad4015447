package org.microblog.adapter.web.api.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.application.port.in.oauth.ClientCredentials;
import org.microblog.application.port.in.oauth.CodeExchange;
import org.microblog.application.port.in.oauth.IssueTokenUseCase;
import org.microblog.application.port.in.oauth.IssuedToken;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.application.port.in.oauth.RevokeTokenUseCase;

/**
 * The endpoints apps call themselves: {@code POST /oauth/token} (authorization code with PKCE, and
 * client credentials; no password grant) and {@code POST /oauth/revoke}. No cookie and no CSRF
 * token: the client's credentials authenticate it.
 */
@Controller("/oauth")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {
  private final IssueTokenUseCase issueToken;
  private final RevokeTokenUseCase revokeToken;
  private final JsonMapper json;

  TokenController(IssueTokenUseCase issueToken, RevokeTokenUseCase revokeToken, JsonMapper json) {
    this.issueToken = issueToken;
    this.revokeToken = revokeToken;
    this.json = json;
  }

  @Post(
      value = "/token",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<?> token(HttpRequest<?> request, @Body @Nullable String body) {
    ApiForm form;
    try {
      form = ApiForm.parse(body, request.getContentType(), json);
    } catch (ApiError.BadParameter malformed) {
      return OAuthErrorJson.invalidRequest(malformed.getMessage());
    }
    ClientCredentials client = ClientAuthentication.of(request, form);
    try {
      IssuedToken token =
          switch (form.first("grant_type").orElse("")) {
            case "authorization_code" -> issueToken.exchangeCode(exchange(client, form));
            case "client_credentials" -> issueToken.clientCredentials(client, form.first("scope"));
            default ->
                throw new OAuthRefusal(
                    OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "The authorization grant type is not supported by the authorization server.");
          };
      return HttpResponse.ok(TokenJson.of(token)).header("Cache-Control", "no-store");
    } catch (OAuthRefusal refusal) {
      return OAuthErrorJson.of(refusal);
    }
  }

  @Post(
      value = "/revoke",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<?> revoke(HttpRequest<?> request, @Body @Nullable String body) {
    ApiForm form;
    try {
      form = ApiForm.parse(body, request.getContentType(), json);
    } catch (ApiError.BadParameter malformed) {
      return OAuthErrorJson.invalidRequest(malformed.getMessage());
    }
    String token = form.first("token").orElse(null);
    if (token == null) {
      return OAuthErrorJson.invalidRequest("The token to revoke is missing.");
    }
    try {
      revokeToken.revoke(ClientAuthentication.of(request, form), token);
      return HttpResponse.ok(Map.of());
    } catch (OAuthRefusal refusal) {
      return OAuthErrorJson.of(refusal);
    }
  }

  private static CodeExchange exchange(ClientCredentials client, ApiForm form) {
    String code = form.first("code").orElse(null);
    String redirectUri = form.first("redirect_uri").orElse(null);
    if (code == null || redirectUri == null) {
      throw new OAuthRefusal(
          OAuthError.INVALID_REQUEST, "The code and the redirect_uri are required.");
    }
    return new CodeExchange(client, code, redirectUri, form.first("code_verifier"));
  }
}
