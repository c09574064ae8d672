import type { DataPath } from '../core/span.js';
import type { SourceFile } from '../load/source.js';
import type { Loc } from './plan.js';

/**
 * The place of a key one or two levels below another place. Every value of every indicator has
 * one, and a path copied out in full for each (ten or more entries) was most of the memory the
 * values held on a large plan; findings, the few that need it, build the path when they ask.
 */
class ChildLoc implements Loc {
  constructor(
    private readonly base: Loc,
    private readonly key: string | number,
    private readonly key2?: string | number,
  ) {}

  get source(): SourceFile {
    return this.base.source;
  }

  get path(): DataPath {
    return this.key2 === undefined ? [...this.base.path, this.key] : [...this.base.path, this.key, this.key2];
  }
}

/** `base`'s place extended by one or two keys. */
export function childLoc(base: Loc, key: string | number, key2?: string | number): Loc {
  return new ChildLoc(base, key, key2);
}
