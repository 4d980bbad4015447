package org.microblog.adapter.web.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of an API request body as Mastodon apps send them: form-encoded, JSON, or with no
 * Content-Type at all (then JSON when it looks like an object, else form-encoded). {@code name[]}
 * and a JSON array both give several values; a JSON object's scalar members read as form-encoded
 * {@code name[member]} (as Rails reads both). Bounded: at most {@value #MAX_PARAMETERS} parameters.
 */
public record ApiForm(Map<String, List<String>> values) {
  static final int MAX_PARAMETERS = 100;

  public ApiForm {
    values = Map.copyOf(values);
  }

  public static ApiForm empty() {
    return new ApiForm(Map.of());
  }

  /**
   * @throws ApiError.BadParameter for a malformed body
   */
  public static ApiForm parse(String body, Optional<MediaType> type, JsonMapper json) {
    if (body == null || body.isBlank()) {
      return empty();
    }
    if (type.filter(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).isPresent()) {
      return fromMultipart(body, type.get().getParameters().get("boundary").orElse(null));
    }
    boolean isJson =
        type.map(t -> t.getSubtype().endsWith("json"))
            .orElseGet(() -> body.stripLeading().startsWith("{"));
    return isJson ? fromJson(body, json) : fromForm(body);
  }

  /** The first value of {@code name} (or {@code name[]}); empty when missing or blank. */
  public Optional<String> first(String name) {
    return all(name).stream().filter(v -> !v.isBlank()).findFirst();
  }

  /** Every value of {@code name} and {@code name[]}. */
  public List<String> all(String name) {
    List<String> all = new ArrayList<>(values.getOrDefault(name, List.of()));
    all.addAll(values.getOrDefault(name + "[]", List.of()));
    return all;
  }

  private static ApiForm fromForm(String body) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    String[] pairs = body.split("&");
    if (pairs.length > MAX_PARAMETERS) {
      throw new ApiError.BadParameter("Too many parameters");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return new ApiForm(values);
  }

  /**
   * Text fields of a {@code multipart/form-data} body, as some libraries (masto.js) send OAuth's
   * token request; file parts are not read.
   */
  private static ApiForm fromMultipart(String body, String boundary) {
    if (boundary == null || boundary.isBlank()) {
      throw new ApiError.BadParameter("Malformed multipart body");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    String[] parts = body.split("--" + Pattern.quote(boundary), -1);
    if (parts.length > MAX_PARAMETERS + 2) {
      throw new ApiError.BadParameter("Too many parameters");
    }
    for (String part : parts) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        continue;
      }
      Matcher name = MULTIPART_NAME.matcher(part.substring(0, headerEnd));
      if (!name.find() || part.substring(0, headerEnd).contains("filename=")) {
        continue;
      }
      String value = part.substring(headerEnd + 4);
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      values.computeIfAbsent(name.group(1), key -> new ArrayList<>()).add(value);
    }
    return new ApiForm(values);
  }

  private static final Pattern MULTIPART_NAME =
      Pattern.compile("(?i)content-disposition:\\s*form-data;[^\\r\\n]*?\\bname=\"([^\"]*)\"");

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw new ApiError.BadParameter("Malformed form body");
    }
  }

  private static ApiForm fromJson(String body, JsonMapper json) {
    Map<String, Object> parsed;
    try {
      parsed = json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException malformed) {
      throw new ApiError.BadParameter("Malformed JSON body");
    }
    if (parsed == null || parsed.size() > MAX_PARAMETERS) {
      throw new ApiError.BadParameter("Malformed JSON body");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    parsed.forEach(
        (name, value) -> {
          if (value instanceof List<?> list) {
            values.put(name, list.stream().filter(ApiForm::scalar).map(String::valueOf).toList());
          } else if (value instanceof Map<?, ?> nested && nested.size() <= MAX_PARAMETERS) {
            nested.forEach(
                (key, inner) -> {
                  if (scalar(inner)) {
                    values.put(name + "[" + key + "]", List.of(String.valueOf(inner)));
                  }
                });
          } else if (scalar(value)) {
            values.put(name, List.of(String.valueOf(value)));
          }
        });
    return new ApiForm(values);
  }

  private static boolean scalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }
}
