/** How a node is named wherever it is shown: the graph path of its subgraph, then its name. */

/**
 * `scope/name`, or the name alone in the main graph (scope ''). PyTorch exports name nodes
 * `/layers.0/Conv`, already starting with `/`: inside `Loop_0/body` that is
 * `Loop_0/body/layers.0/Conv`, never `Loop_0/body//layers.0/Conv`.
 */
export function nodePath(scope: string, name: string): string {
  if (!scope) return name;
  return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}
