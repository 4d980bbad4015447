package org.microblog.domain.job;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a job needs to know besides its owner, as named text values; stored as one line of {@code
 * name=value&...} with both sides URL-encoded, so any text survives the round trip.
 */
public record JobPayload(Map<String, String> values) {
  public static final JobPayload EMPTY = new JobPayload(Map.of());

  public JobPayload {
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
  }

  public static JobPayload of(String name, String value, String... more) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(name, value);
    for (int i = 0; i + 1 < more.length; i += 2) {
      values.put(more[i], more[i + 1]);
    }
    return new JobPayload(values);
  }

  /** The value named {@code name}; a job written by this code always has it. */
  public String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("job payload without " + name);
    }
    return value;
  }

  public String encoded() {
    return values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  public static JobPayload decode(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException("not a job payload: " + encoded);
        }
        values.put(decode1(pair.substring(0, equals)), decode1(pair.substring(equals + 1)));
      }
    }
    return new JobPayload(values);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode1(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
