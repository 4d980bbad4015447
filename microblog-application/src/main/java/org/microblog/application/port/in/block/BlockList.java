package org.microblog.application.port.in.block;

import java.util.List;
import org.microblog.domain.user.Username;

/**
 * The people one blocks and the people one mutes, by name, alphabetically: the settings page.
 *
 * @param blocked whom I block
 * @param muted whom I mute
 */
public record BlockList(List<Username> blocked, List<Username> muted) {
  public BlockList {
    blocked = List.copyOf(blocked);
    muted = List.copyOf(muted);
  }
}
