package org.microblog.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (see common-passwords.NOTICE for the source), which an attacker
 * tries first. Matching ignores case, as attackers' lists do.
 */
final class CommonPasswords {
  private static final String RESOURCE = "common-passwords.txt";

  private CommonPasswords() {}

  static boolean contains(String password) {
    return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  /** Loaded on first use, once. */
  private static final class Holder {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the domain jar");
        }
        Set<String> passwords = new HashSet<>(16_384);
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .map(line -> line.strip().toLowerCase(Locale.ROOT))
            .filter(line -> !line.isEmpty())
            .forEach(passwords::add);
        return Set.copyOf(passwords);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
