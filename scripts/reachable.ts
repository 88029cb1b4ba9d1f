// Build tooling, Node only: what a graph reaches from some roots (a bundle's chunk imports, the
// module graph), shared by the build plugins that walk one.

/**
 * `roots` and everything reachable from them through `next`, depth first with each node before
 * what it reaches (the order a browser asks for modules in), never entering `outside`.
 */
export function reachable(
  roots: Iterable<string>,
  next: (node: string) => Iterable<string>,
  outside: ReadonlySet<string> = new Set(),
): Set<string> {
  const found = new Set<string>();
  const visit = (node: string): void => {
    if (found.has(node) || outside.has(node)) return;
    found.add(node);
    for (const neighbour of next(node)) visit(neighbour);
  };
  for (const root of roots) visit(root);
  return found;
}
