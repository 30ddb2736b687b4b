package nl.weefsel.analysis.internal;

import java.util.Arrays;

/**
 * A 4-ary min-heap of node indices with decrease-key: the priority queue of Dijkstra's algorithm
 * without boxing or per-entry objects. Keys are kept beside the nodes in heap order, so sifting
 * compares neighbouring array cells instead of chasing node indices into a distance array; four
 * children share a cache line and the heap is half as deep as a binary one.
 */
final class IndexedMinHeap {

    private static final int ARITY = 4;

    private final int[] heap;
    private final double[] keys;
    private final int[] position;
    private int size;

    IndexedMinHeap(int capacity) {
        this.heap = new int[capacity];
        this.keys = new double[capacity];
        this.position = new int[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the node with this key, or lowers its key if it is already queued. */
    void offer(int node, double key) {
        int at = position[node];
        if (at < 0) {
            at = size++;
        }
        siftUp(at, node, key);
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            siftDown(heap[size], keys[size]);
        }
        return top;
    }

    private void siftUp(int at, int node, double key) {
        while (at > 0) {
            int parent = (at - 1) / ARITY;
            if (keys[parent] <= key) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        place(at, node, key);
    }

    /** Fills the hole at the root with the given entry. */
    private void siftDown(int node, double key) {
        int at = 0;
        while (true) {
            int first = at * ARITY + 1;
            if (first >= size) {
                break;
            }
            int smallest = first;
            int last = Math.min(first + ARITY, size);
            for (int child = first + 1; child < last; child++) {
                if (keys[child] < keys[smallest]) {
                    smallest = child;
                }
            }
            if (key <= keys[smallest]) {
                break;
            }
            move(smallest, at);
            at = smallest;
        }
        place(at, node, key);
    }

    private void move(int from, int to) {
        heap[to] = heap[from];
        keys[to] = keys[from];
        position[heap[to]] = to;
    }

    private void place(int at, int node, double key) {
        heap[at] = node;
        keys[at] = key;
        position[node] = at;
    }
}
