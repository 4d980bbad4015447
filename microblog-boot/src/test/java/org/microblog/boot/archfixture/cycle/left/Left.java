package org.microblog.boot.archfixture.cycle.left;

import org.microblog.boot.archfixture.cycle.right.Right;

/** Half of a package cycle, for showing that the architecture test catches one. */
public final class Left {
  public Right partner() {
    return new Right();
  }
}
