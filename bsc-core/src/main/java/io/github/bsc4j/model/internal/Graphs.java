package io.github.bsc4j.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Strongly connected components of directed graphs, without recursion: the one cycle search of
 * the library, used by the model for cause-effect links and by the engine for formulas. It lives
 * in a non-exported package under {@code model} because the model may depend on {@code java.*}
 * and itself alone, and this class needs nothing else either.
 */
public final class Graphs {
  private Graphs() {}

  /**
   * The cycles of a graph: one per strongly connected component that has one, each as the list
   * of its nodes starting at its smallest node and following, from every node, its first edge
   * that stays inside the component; components ordered by their smallest node.
   *
   * @param edges {@code edges[v]} lists the nodes {@code v} points to, in a fixed order
   * @return the cycles
   */
  public static List<int[]> cycles(int[][] edges) {
    int n = edges.length;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      Deque<int[]> frames = new ArrayDeque<>();
      frames.push(new int[] {root, 0});
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!frames.isEmpty()) {
        int[] frame = frames.peek();
        int v = frame[0];
        if (frame[1] < edges[v].length) {
          int w = edges[v][frame[1]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            frames.push(new int[] {w, 0});
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          frames.pop();
          if (!frames.isEmpty()) {
            int parent = frames.peek()[0];
            low[parent] = Math.min(low[parent], low[v]);
          }
          if (low[v] == index[v]) {
            int w;
            do {
              w = stack.pop();
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
        }
      }
    }
    boolean[] selfLoop = new boolean[n];
    int[] size = new int[components];
    for (int v = 0; v < n; v++) {
      size[component[v]]++;
      for (int w : edges[v]) {
        selfLoop[v] |= w == v;
      }
    }
    boolean[] reported = new boolean[components];
    List<int[]> cycles = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      int c = component[start];
      if (reported[c] || (size[c] < 2 && !selfLoop[start])) {
        continue;
      }
      reported[c] = true;
      List<Integer> path = new ArrayList<>();
      int[] seenAt = new int[n];
      Arrays.fill(seenAt, -1);
      int v = start;
      while (seenAt[v] < 0) {
        seenAt[v] = path.size();
        path.add(v);
        int next = -1;
        for (int w : edges[v]) {
          if (component[w] == c) {
            next = w;
            break;
          }
        }
        v = next;
      }
      List<Integer> cycle = path.subList(seenAt[v], path.size());
      int first = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
      int[] rotated = new int[cycle.size()];
      for (int i = 0; i < rotated.length; i++) {
        rotated[i] = cycle.get((first + i) % cycle.size());
      }
      cycles.add(rotated);
    }
    return cycles;
  }
}
