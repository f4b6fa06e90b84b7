import type { FieldPath } from './read-record-file.ts';

/** The part of js-yaml's state a listener reads (its typings leave out `lineStart`). */
interface ListenerState {
  position: number;
  line: number;
  lineStart: number;
  kind: string | null;
  result: unknown;
}

/**
 * Where every node js-yaml reads starts, from its open and close events, so that a field's line is
 * known without parsing the file again with the much slower CST parser. Nodes are kept in the order
 * they close, each with its depth, in flat lists: one object per node cost a quarter of the parse.
 */
export class NodePositions {
  private readonly opened: number[] = [];
  readonly start: number[] = [];
  readonly line: number[] = [];
  readonly column: number[] = [];
  readonly depth: number[] = [];
  /** A scalar's value (a key's name), undefined for a collection. */
  readonly value: unknown[] = [];

  open(state: ListenerState): void {
    this.opened.push(state.position, state.line, state.lineStart);
  }

  /** Closes the innermost node and returns where it started. */
  close(state: ListenerState): number {
    const lineStart = this.opened.pop()!;
    const line = this.opened.pop()!;
    const start = this.opened.pop()!;
    this.start.push(start);
    this.line.push(line + 1);
    this.column.push(start - lineStart + 1);
    this.depth.push(this.opened.length / 3);
    this.value.push(state.kind === 'scalar' ? state.result : undefined);
    return start;
  }

  /** The nodes read directly inside a node, in order. */
  children(node: number): number[] {
    const found: number[] = [];
    const depth = this.depth[node]!;
    for (let index = node - 1; index >= 0 && this.depth[index]! > depth; index--) if (this.depth[index] === depth + 1) found.push(index);
    return found.reverse();
  }
}

/**
 * The node of the key a path ends in, found in the parse's nodes and checked against the data at
 * every step: a mapping's nodes must be its keys and values in turn, a sequence's its items.
 * Undefined whenever they do not line up (explicit keys, some flow styles), and the caller asks the
 * CST parser.
 */
export function keyNode(positions: NodePositions, data: unknown, path: FieldPath): number | undefined {
  let node = positions.depth.length - 1;
  let value = data;
  for (let step = 0; step < path.length; step++) {
    const key = path[step]!;
    if (node < 0 || value === null || typeof value !== 'object') return undefined;
    const children = positions.children(node);
    if (Array.isArray(value)) {
      if (typeof key !== 'number' || step === path.length - 1 || children.length !== value.length) return undefined;
      node = children[key]!;
      value = value[key];
      continue;
    }
    if (children.length !== 2 * Object.keys(value).length || !Object.hasOwn(value, key)) return undefined;
    let index = 0;
    while (index < children.length && String(positions.value[children[index]!]) !== String(key)) index += 2;
    if (index >= children.length) return undefined;
    if (step === path.length - 1) return children[index];
    node = children[index + 1]!;
    value = (value as Record<string, unknown>)[key];
  }
  return undefined;
}
