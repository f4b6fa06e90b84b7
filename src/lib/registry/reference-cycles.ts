/**
 * Every cycle in a relation where each record names at most one other (a parent, a successor, a
 * replacement): each cycle as its ids in the order they name each other, starting from the
 * smallest id so that the report does not depend on file order. A record that leads into a cycle
 * without being part of it is not reported.
 */
export function referenceCycles(next: ReadonlyMap<string, string>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of [...next.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = next.get(id);
    }
    if (id !== undefined && onPath.has(id)) {
      const cycle = path.slice(onPath.get(id));
      const first = cycle.indexOf([...cycle].sort()[0]!);
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    for (const visited of path) done.add(visited);
  }
  return cycles;
}
