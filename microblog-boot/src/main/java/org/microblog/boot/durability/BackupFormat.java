package org.microblog.boot.durability;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a Microblog backup file is: a zip whose first entry is a manifest naming the format, then
 * the H2 database as H2's own {@code BACKUP TO} copied it, then the generated signing secret when
 * the data folder holds one. Zip entries carry CRC-32 checksums, so a damaged file is noticed on
 * restore before anything is written in its final place.
 */
public final class BackupFormat {
  public static final String MANIFEST = "microblog-backup.properties";
  public static final String FORMAT_LINE = "format=microblog-backup/1";
  public static final String DATABASE = "microblog.mv.db";
  public static final String SECRET = "token-secret";

  /** The path of the management operation that streams a backup of the running instance. */
  public static final String PATH = "/management/backup";

  /** The header that carries the backup key, which is derived from the signing secret. */
  public static final String KEY_HEADER = "X-Microblog-Backup-Key";

  private BackupFormat() {}

  /**
   * Whoever holds the signing secret (the operator, through the environment or the data folder) may
   * take a backup; nobody else can, even where the HTTP port is reachable. The secret itself never
   * travels: only an HMAC of a fixed label does.
   */
  public static String keyFor(String signingSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] key = mac.doFinal("microblog backup key v1".getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
