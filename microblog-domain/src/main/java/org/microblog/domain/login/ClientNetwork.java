package org.microblog.domain.login;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * Where a login came from, no more precisely than a person needs to recognise it: the client
 * address cut to its network (IPv4 /24, IPv6 /48), so the stored record does not pin down a home.
 */
public record ClientNetwork(String value) {
  public static final int MAX_LENGTH = 50;
  public static final ClientNetwork UNKNOWN = new ClientNetwork("unknown");

  // Only digits, hex letters, dots and colons: getByName then parses and never resolves a name.
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]*");

  public ClientNetwork {
    if (value == null
        || value.isBlank()
        || Text.length(value) > MAX_LENGTH
        || Text.hasControlCharacters(value)) {
      throw DomainException.invalid("network.invalid", "Not a client network.");
    }
  }

  /** The network of an address: {@code 203.0.113.0/24} or {@code 2001:db8:1:0:0:0:0:0/48}. */
  public static ClientNetwork of(InetAddress address) {
    if (address instanceof Inet4Address) {
      return truncated(address.getAddress(), 3, 24);
    }
    if (address instanceof Inet6Address) {
      return truncated(address.getAddress(), 6, 48);
    }
    return UNKNOWN;
  }

  /**
   * The network of an address written as text (as a proxy forwards it); anything but an IP literal
   * is {@link #UNKNOWN}, and no name is ever looked up.
   */
  public static ClientNetwork ofLiteral(String address) {
    if (address == null
        || address.isEmpty()
        || address.length() > 45
        || !IP_LITERAL.matcher(address).matches()) {
      return UNKNOWN;
    }
    try {
      return of(InetAddress.getByName(address));
    } catch (UnknownHostException malformed) {
      return UNKNOWN;
    }
  }

  private static ClientNetwork truncated(byte[] bytes, int keep, int prefix) {
    byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, keep), bytes.length);
    try {
      String text = InetAddress.getByAddress(network).getHostAddress();
      return new ClientNetwork(text + "/" + prefix);
    } catch (UnknownHostException impossible) {
      // getByAddress never resolves a name; it fails only on a wrong length, which cannot happen.
      throw new IllegalStateException(impossible);
    }
  }
}
