package org.microblog.adapter.web.twofactor;

import java.util.BitSet;

/** Bits appended most significant first, as QR data is laid out. */
final class BitBuffer {
  private final BitSet bits = new BitSet();
  private int length;

  void append(int value, int count) {
    for (int i = count - 1; i >= 0; i--) {
      bits.set(length++, ((value >>> i) & 1) != 0);
    }
  }

  int length() {
    return length;
  }

  byte[] toBytes() {
    byte[] bytes = new byte[length / 8];
    for (int i = 0; i < bytes.length * 8; i++) {
      if (bits.get(i)) {
        bytes[i >>> 3] |= (byte) (1 << (7 - (i & 7)));
      }
    }
    return bytes;
  }
}
