package nl.weefsel.analysis.internal;

import java.util.Arrays;

/**
 * A binary min-heap of node indices ordered by an external key array, with decrease-key: the
 * priority queue of Dijkstra's algorithm without boxing or per-entry objects.
 */
final class IndexedMinHeap {

    private final double[] key;
    private final int[] heap;
    private final int[] position;
    private int size;

    /** Orders nodes by {@code key[node]}; the caller lowers a key, then calls {@link #offer}. */
    IndexedMinHeap(double[] key) {
        this.key = key;
        this.heap = new int[key.length];
        this.position = new int[key.length];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the node, or restores heap order after its key was lowered. */
    void offer(int node) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            heap[at] = node;
            position[node] = at;
        }
        siftUp(at);
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int node = heap[at];
        double k = key[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int above = heap[parent];
            if (key[above] <= k) {
                break;
            }
            heap[at] = above;
            position[above] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void siftDown(int at) {
        int node = heap[at];
        double k = key[node];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            int below = heap[child];
            if (k <= key[below]) {
                break;
            }
            heap[at] = below;
            position[below] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
