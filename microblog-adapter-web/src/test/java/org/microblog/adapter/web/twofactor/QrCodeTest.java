package org.microblog.adapter.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The encoder's structure. That real readers decode its output was checked with jsQR (npm) on the
 * matrices this test writes when {@code QR_MATRIX_OUT} names a folder.
 */
class QrCodeTest {
  private static final String URI =
      "otpauth://totp/Microblog%3Aa_thirty_character_username_x?secret="
          + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Microblog";

  @Test
  void picksTheSmallestVersionThatHoldsTheText() {
    assertThat(QrCode.encode("x".repeat(17)).size()).isEqualTo(21);
    assertThat(QrCode.encode("x".repeat(18)).size()).isEqualTo(25);
    assertThat(QrCode.encode(URI).size()).isEqualTo(41);
    assertThatThrownBy(() -> QrCode.encode("x".repeat(135)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void drawsTheFinderPatternsAndTimingLines() {
    QrCode code = QrCode.encode(URI);
    int last = code.size() - 1;
    for (int[] corner : new int[][] {{0, 0}, {last - 6, 0}, {0, last - 6}}) {
      assertThat(code.isDark(corner[0], corner[1])).isTrue();
      assertThat(code.isDark(corner[0] + 1, corner[1] + 1)).isFalse();
      assertThat(code.isDark(corner[0] + 3, corner[1] + 3)).isTrue();
    }
    for (int i = 8; i < code.size() - 8; i++) {
      assertThat(code.isDark(i, 6)).isEqualTo(i % 2 == 0);
    }
  }

  @Test
  void computesReedSolomonLikeTheStandardsExample() {
    // ISO/IEC 18004 annex I: "01234567" at 1-M; its 16 data codewords give these 10 ECC words.
    byte[] data = bytes(16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17);
    assertThat(ReedSolomon.remainder(data, ReedSolomon.divisor(10)))
        .isEqualTo(bytes(165, 36, 212, 193, 237, 54, 199, 135, 44, 85));
  }

  @Test
  void writesAMatrixForAnOutsideReaderWhenAsked() throws Exception {
    String folder = System.getenv("QR_MATRIX_OUT");
    if (folder == null) {
      return;
    }
    QrCode code = QrCode.encode(URI);
    StringBuilder rows = new StringBuilder();
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        rows.append(code.isDark(x, y) ? '1' : '0');
      }
      rows.append('\n');
    }
    Files.writeString(Path.of(folder, "matrix.txt"), rows);
    Files.writeString(Path.of(folder, "expected.txt"), URI);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }
}
