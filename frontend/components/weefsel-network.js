import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** Colours per actor kind; the legend in the Java view uses the same map (NetworkGraph.KIND_COLOURS). */
const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': 120,
      color: '#1f2933',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b57d0' } },
  { selector: 'node.dimmed', style: { opacity: 0.25 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#8a97a8',
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: 'edge[directed]', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#8a97a8' } },
  { selector: 'edge[?oneSided]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': '#d97706' } },
  { selector: 'edge[?affiliation]', style: { 'line-style': 'dotted', 'line-color': '#b6c0cc', width: 1 } },
  { selector: 'edge[?money]', style: { 'line-color': '#15803d', 'target-arrow-color': '#15803d', width: 3, opacity: 0.9 } },
];

/**
 * <weefsel-network>: a Cytoscape.js drawing of a Weefsel network. The server sends the whole graph as
 * JSON with setGraph(json) once, then only what changed with patch(json); nodes that stay keep their positions, new nodes are placed beside
 * their neighbours, so the picture does not jump when one element changes.
 * Fires 'node-click' with detail.id when a node is clicked or tapped.
 */
class WeefselNetwork extends HTMLElement {
  connectedCallback() {
    if (this.cy) {
      this.resizeObserver.observe(this);
      return;
    }
    this.style.display = 'block';
    this.setAttribute('role', 'img');
    this.cy = cytoscape({
      container: this,
      style: STYLE,
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
    });
    // The element often gets its real size only after Vaadin's layout settles: follow size
    // changes, and keep the whole network in view until the user pans or zooms themselves.
    this.cy.on('scrollzoom pinchzoom dragpan', () => { this.userViewport = true; });
    this.resizeObserver = new ResizeObserver(() => {
      this.cy.resize();
      if (!this.userViewport && this.cy.nodes().nonempty()) {
        this.cy.fit(undefined, 30);
      }
    });
    this.resizeObserver.observe(this);
    this.cy.on('tap', 'node', (event) => {
      this.dispatchEvent(new CustomEvent('node-click', { detail: { id: event.target.id() } }));
    });
    const pending = this.pending || [];
    this.pending = null;
    if (pending.length > 0) {
      this.setGraph(pending[0]);
      pending.slice(1).forEach((json) => this.patch(json));
    }
  }

  /** Shows the whole graph: elements not in it go, the others are added or updated in place. */
  setGraph(json) {
    if (!this.cy) {
      this.pending = [json];
      return;
    }
    const graph = JSON.parse(json);
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const gone = this.cy.elements().filter((element) => !wanted.has(element.id()));
    this.apply(graph, gone);
  }

  /**
   * Applies only what changed since the last call: graph.nodes and graph.edges hold the added or
   * changed elements, graph.removed the ids of those that went. Unchanged elements keep their place.
   */
  patch(json) {
    if (!this.cy) {
      (this.pending ||= []).push(json);
      return;
    }
    const graph = JSON.parse(json);
    const gone = this.cy.collection();
    for (const id of graph.removed || []) {
      gone.merge(this.cy.getElementById(id));
    }
    this.apply(graph, gone);
  }

  apply(graph, gone) {
    const cy = this.cy;
    const first = cy.nodes().length === 0;
    cy.batch(() => {
      gone.remove();
      for (const node of graph.nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data(node);
        } else {
          cy.add({ group: 'nodes', data: node });
        }
      }
      for (const edge of graph.edges) {
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) {
          existing.data(edge);
        } else {
          cy.add({ group: 'edges', data: edge });
        }
      }
    });
    const fresh = cy.nodes().filter((node) => !node.scratch('_placed'));
    if (first) {
      this.runLayout();
    } else if (fresh.nonempty()) {
      fresh.forEach((node) => this.placeBesideNeighbours(node));
    }
    this.setAttribute('aria-label', graph.summary || '');
    this.dataset.nodes = String(cy.nodes().length);
    this.dataset.edges = String(cy.edges().length);
    this.dispatchEvent(new CustomEvent('graph-rendered', { detail: { nodes: cy.nodes().length, edges: cy.edges().length } }));
  }

  runLayout() {
    const large = this.cy.nodes().length > 800;
    this.cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      nodeRepulsion: 6000,
      idealEdgeLength: 70,
      numIter: large ? 1200 : 2500,
    }).run();
    this.cy.nodes().forEach((node) => node.scratch('_placed', true));
    this.cy.fit(undefined, 30);
  }

  placeBesideNeighbours(node) {
    const placed = node.neighborhood('node').filter((n) => n.scratch('_placed'));
    const base = placed.nonempty()
      ? { x: placed.map((n) => n.position('x')).reduce((a, b) => a + b, 0) / placed.length,
          y: placed.map((n) => n.position('y')).reduce((a, b) => a + b, 0) / placed.length }
      : { x: this.cy.extent().x1 + 40, y: this.cy.extent().y1 + 40 };
    node.position({ x: base.x + 30 + Math.random() * 30, y: base.y + 30 + Math.random() * 30 });
    node.scratch('_placed', true);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  /** Re-runs the layout from scratch, on request of the user. */
  relayout() {
    this.userViewport = false;
    this.runLayout();
  }

  select(id) {
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
      this.cy.animate({ center: { eles: node }, duration: 300 });
    }
  }

  /** A PNG of the current picture as a data URL, for export. */
  png() {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff' });
  }
}

customElements.define('weefsel-network', WeefselNetwork);
