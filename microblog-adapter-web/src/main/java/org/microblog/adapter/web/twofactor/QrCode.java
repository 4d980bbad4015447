package org.microblog.adapter.web.twofactor;

import java.nio.charset.StandardCharsets;

/**
 * A small QR code encoder (ISO/IEC 18004), enough for an {@code otpauth://} URI: byte mode, error
 * correction level L, versions 1 to 6 (up to 134 bytes), one fixed mask. Made here so that the
 * secret never leaves the server for a third-party QR service. The layout follows Project Nayuki's
 * reference description of the standard.
 */
final class QrCode {
  /** Per version 1..6 at level L: total codewords, error correction codewords per block, blocks. */
  private static final int[] TOTAL = {0, 26, 44, 70, 100, 134, 172};

  private static final int[] ECC_PER_BLOCK = {0, 7, 10, 15, 20, 26, 18};
  private static final int[] BLOCKS = {0, 1, 1, 1, 1, 1, 2};
  private static final int MAX_VERSION = 6;

  /** Format bits of level L (01) are 1; mask 0 is (x + y) even. */
  private static final int LEVEL_L = 1;

  private static final int MASK = 0;

  private final int size;
  private final boolean[][] dark;
  private final boolean[][] function;

  private QrCode(int version) {
    size = version * 4 + 17;
    dark = new boolean[size][size];
    function = new boolean[size][size];
  }

  /** Encodes UTF-8 text; refuses text longer than version 6 holds. */
  static QrCode encode(String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    int version = 1;
    while (version <= MAX_VERSION && capacity(version) < data.length) {
      version++;
    }
    if (version > MAX_VERSION) {
      throw new IllegalArgumentException("too long for a small QR code: " + data.length);
    }
    QrCode code = new QrCode(version);
    code.drawFunctionPatterns(version);
    code.drawCodewords(withErrorCorrection(version, dataCodewords(version, data)));
    code.applyMask();
    code.drawFormatBits();
    return code;
  }

  int size() {
    return size;
  }

  boolean isDark(int x, int y) {
    return dark[y][x];
  }

  private static int dataCodewordCount(int version) {
    return TOTAL[version] - ECC_PER_BLOCK[version] * BLOCKS[version];
  }

  /** Bytes that fit after the 4-bit mode and 8-bit count. */
  private static int capacity(int version) {
    return (dataCodewordCount(version) * 8 - 12) / 8;
  }

  private static byte[] dataCodewords(int version, byte[] data) {
    BitBuffer bits = new BitBuffer();
    bits.append(0b0100, 4);
    bits.append(data.length, 8);
    for (byte b : data) {
      bits.append(b & 0xff, 8);
    }
    int capacityBits = dataCodewordCount(version) * 8;
    bits.append(0, Math.min(4, capacityBits - bits.length()));
    bits.append(0, (8 - bits.length() % 8) % 8);
    for (int pad = 0xec; bits.length() < capacityBits; pad ^= 0xec ^ 0x11) {
      bits.append(pad, 8);
    }
    return bits.toBytes();
  }

  /** Splits into equal blocks (true for versions 1..6 at L), adds each block's ECC, interleaves. */
  private static byte[] withErrorCorrection(int version, byte[] data) {
    int blocks = BLOCKS[version];
    int eccLength = ECC_PER_BLOCK[version];
    int dataLength = data.length / blocks;
    byte[] divisor = ReedSolomon.divisor(eccLength);
    byte[][] all = new byte[blocks][];
    for (int b = 0; b < blocks; b++) {
      byte[] block = new byte[dataLength + eccLength];
      System.arraycopy(data, b * dataLength, block, 0, dataLength);
      byte[] dataPart = java.util.Arrays.copyOf(block, dataLength);
      System.arraycopy(ReedSolomon.remainder(dataPart, divisor), 0, block, dataLength, eccLength);
      all[b] = block;
    }
    byte[] result = new byte[TOTAL[version]];
    int k = 0;
    for (int i = 0; i < dataLength + eccLength; i++) {
      for (byte[] block : all) {
        result[k++] = block[i];
      }
    }
    return result;
  }

  private void drawFunctionPatterns(int version) {
    for (int i = 0; i < size; i++) {
      set(6, i, i % 2 == 0);
      set(i, 6, i % 2 == 0);
    }
    drawFinder(3, 3);
    drawFinder(size - 4, 3);
    drawFinder(3, size - 4);
    if (version > 1) {
      drawAlignment(size - 7, size - 7);
    }
    drawFormatBits(); // reserves the format areas; drawn again after masking
  }

  private void drawFinder(int cx, int cy) {
    for (int dy = -4; dy <= 4; dy++) {
      for (int dx = -4; dx <= 4; dx++) {
        int distance = Math.max(Math.abs(dx), Math.abs(dy));
        int x = cx + dx;
        int y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) {
          set(x, y, distance != 2 && distance != 4);
        }
      }
    }
  }

  private void drawAlignment(int cx, int cy) {
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
      }
    }
  }

  private void drawFormatBits() {
    int data = LEVEL_L << 3 | MASK;
    int remainder = data;
    for (int i = 0; i < 10; i++) {
      remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    }
    int bits = (data << 10 | remainder) ^ 0x5412;
    for (int i = 0; i <= 5; i++) {
      set(8, i, bit(bits, i));
    }
    set(8, 7, bit(bits, 6));
    set(8, 8, bit(bits, 7));
    set(7, 8, bit(bits, 8));
    for (int i = 9; i < 15; i++) {
      set(14 - i, 8, bit(bits, i));
    }
    for (int i = 0; i < 8; i++) {
      set(size - 1 - i, 8, bit(bits, i));
    }
    for (int i = 8; i < 15; i++) {
      set(8, size - 15 + i, bit(bits, i));
    }
    set(8, size - 8, true);
  }

  /** The zig-zag placement of codeword bits, two columns at a time from the bottom right. */
  private void drawCodewords(byte[] codewords) {
    int i = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
      if (right == 6) {
        right = 5;
      }
      for (int vertical = 0; vertical < size; vertical++) {
        for (int j = 0; j < 2; j++) {
          int x = right - j;
          boolean upward = ((right + 1) & 2) == 0;
          int y = upward ? size - 1 - vertical : vertical;
          if (!function[y][x] && i < codewords.length * 8) {
            dark[y][x] = bit(codewords[i >>> 3], 7 - (i & 7));
            i++;
          }
        }
      }
    }
  }

  private void applyMask() {
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (!function[y][x] && (x + y) % 2 == 0) {
          dark[y][x] = !dark[y][x];
        }
      }
    }
  }

  private void set(int x, int y, boolean isDark) {
    dark[y][x] = isDark;
    function[y][x] = true;
  }

  private static boolean bit(int value, int index) {
    return ((value >>> index) & 1) != 0;
  }
}
