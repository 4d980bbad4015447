package org.microblog.boot.archfixture.cycle.right;

import org.microblog.boot.archfixture.cycle.left.Left;

/** The other half of a package cycle, for showing that the architecture test catches one. */
public final class Right {
  public Left partner() {
    return new Left();
  }
}
