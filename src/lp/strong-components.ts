import { int32, uint8 } from './scratch';
/**
 * Strongly connected components of a directed graph in CSR form (iterative
 * Tarjan, so deep networks cannot overflow the call stack).
 *
 * `outStart[v] .. outStart[v+1]` index `head`, the targets of v's arcs.
 * Returns the component id of every node.
 */
export function strongComponents(numNodes: number, outStart: Int32Array, head: Int32Array): Int32Array {
  const order = int32(numNodes).fill(-1);
  const low = int32(numNodes);
  const component = int32(numNodes).fill(-1);
  const onStack = uint8(numNodes);
  const stack = int32(numNodes);
  const callNode = int32(numNodes);
  const callEdge = int32(numNodes);
  let stackTop = 0;
  let counter = 0;
  let components = 0;

  for (let root = 0; root < numNodes; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = outStart[root]!;
    depth = 1;
    while (depth > 0) {
      const v = callNode[depth - 1]!;
      const e = callEdge[depth - 1]!;
      if (e < outStart[v + 1]!) {
        callEdge[depth - 1] = e + 1;
        const w = head[e]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          callNode[depth] = w;
          callEdge[depth] = outStart[w]!;
          depth++;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
      depth--;
      if (depth > 0) {
        const u = callNode[depth - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  return component;
}
