import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/**
 * <weefsel-area-map>: a choropleth of areas drawn with Leaflet on a canvas, from GeoJSON
 * boundaries alone (no tile server needed; one can be set with setTiles). The server sends
 * setData(json) with {features, legend:[{colour,label}], title, credit, summary}; every text is
 * put in as text, never as HTML. Fires 'area-click' with detail.id.
 * exportPng(fileName) saves the areas, title, legend and credit as a PNG picture.
 */
class WeefselAreaMap extends HTMLElement {
  connectedCallback() {
    if (this.map) {
      this.resizeObserver.observe(this);
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    this.style.border = '1px solid var(--lumo-contrast-10pct)';
    this.style.borderRadius = 'var(--lumo-border-radius-m)';
    this.setAttribute('role', 'region');
    this.canvasHolder = document.createElement('div');
    this.canvasHolder.style.cssText = 'position:absolute;inset:0;background:#f8fafc';
    this.appendChild(this.canvasHolder);
    this.renderer = L.canvas({ padding: 0 });
    this.map = L.map(this.canvasHolder, {
      renderer: this.renderer, preferCanvas: true, zoomSnap: 0.25, attributionControl: false, minZoom: 5, maxZoom: 18,
    });
    this.map.on('zoomstart movestart', () => { if (this.fitted) { this.userViewport = true; } });
    this.legend = this.overlay('bottom:8px;left:8px');
    this.credit = this.overlay('bottom:8px;right:8px;font-size:11px');
    this.resizeObserver = new ResizeObserver(() => {
      this.map.invalidateSize();
      if (!this.userViewport) {
        this.fit();
      }
    });
    this.resizeObserver.observe(this);
    if (this.pendingTiles) {
      this.setTiles(...this.pendingTiles);
    }
    if (this.pending) {
      this.setData(this.pending);
      this.pending = null;
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  overlay(position) {
    const box = document.createElement('div');
    box.style.cssText = `position:absolute;${position};z-index:500;background:rgba(255,255,255,.92);`
      + 'padding:6px 8px;border-radius:4px;font:12px/1.4 sans-serif;color:#1f2933;pointer-events:none;max-width:45%';
    this.appendChild(box);
    return box;
  }

  setTiles(url, attribution) {
    if (!this.map) {
      this.pendingTiles = [url, attribution];
      return;
    }
    if (url) {
      L.tileLayer(url, { maxZoom: 18 }).addTo(this.map);
      this.tileCredit = attribution || '';
    }
  }

  setData(json) {
    if (!this.map) {
      this.pending = json;
      return;
    }
    const data = JSON.parse(json);
    this.data = data;
    if (this.layer) {
      this.layer.remove();
    }
    let shapes = 0;
    this.layer = L.geoJSON(data.features, {
      renderer: this.renderer,
      style: (feature) => ({
        fillColor: feature.properties.colour, fillOpacity: 0.85, color: '#334155', weight: 1, opacity: 0.9,
      }),
      onEachFeature: (feature, layer) => {
        shapes += 1;
        const tip = document.createElement('span');
        tip.textContent = feature.properties.tooltip;
        layer.bindTooltip(tip, { sticky: true });
        layer.on('click', () => this.dispatchEvent(new CustomEvent('area-click', { detail: { id: feature.properties.id } })));
      },
    }).addTo(this.map);
    this.renderLegend(data);
    this.credit.textContent = [data.credit, this.tileCredit].filter((text) => text).join(' · ');
    this.setAttribute('aria-label', data.summary || '');
    this.userViewport = false;
    this.fit();
    this.dataset.shapes = String(shapes);
  }

  renderLegend(data) {
    this.legend.replaceChildren();
    const title = document.createElement('div');
    title.style.fontWeight = '600';
    title.textContent = data.title || '';
    this.legend.appendChild(title);
    for (const entry of data.legend || []) {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.style.cssText = `display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:middle;`
        + `border:1px solid #334155;background:${entry.colour}`;
      const label = document.createElement('span');
      label.textContent = entry.label;
      row.append(swatch, label);
      this.legend.appendChild(row);
    }
  }

  fit() {
    if (this.layer && this.layer.getLayers().length > 0 && this.clientWidth > 0 && this.clientHeight > 0) {
      this.fitted = false;
      this.map.fitBounds(this.layer.getBounds(), { padding: [12, 12], animate: false });
      this.fitted = true;
    }
  }

  /** Draws the areas with title, legend and credit onto a white canvas and downloads it as PNG. */
  exportPng(fileName) {
    const size = this.map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    const context = canvas.getContext('2d');
    context.scale(ratio, ratio);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.x, size.y);
    const source = this.renderer.getContainer ? this.renderer.getContainer() : this.renderer._container;
    const origin = this.canvasHolder.getBoundingClientRect();
    const drawn = source.getBoundingClientRect();
    context.drawImage(source, drawn.left - origin.left, drawn.top - origin.top, drawn.width, drawn.height);
    this.drawLegend(context, size);
    const url = canvas.toDataURL('image/png');
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    this.dataset.exported = String(url.length);
    return url;
  }

  drawLegend(context, size) {
    const data = this.data || {};
    const lines = [data.title || '', ...(data.legend || []).map((entry) => entry.label)];
    context.font = '12px sans-serif';
    const width = Math.max(...lines.map((line) => context.measureText(line).width)) + 34;
    const height = lines.length * 18 + 10;
    context.fillStyle = 'rgba(255,255,255,0.92)';
    context.fillRect(8, size.y - height - 8, width, height);
    context.fillStyle = '#1f2933';
    context.font = '600 12px sans-serif';
    context.fillText(lines[0], 14, size.y - height + 10);
    context.font = '12px sans-serif';
    (data.legend || []).forEach((entry, index) => {
      const y = size.y - height + 10 + 18 * (index + 1);
      context.fillStyle = entry.colour;
      context.fillRect(14, y - 10, 12, 12);
      context.strokeStyle = '#334155';
      context.strokeRect(14, y - 10, 12, 12);
      context.fillStyle = '#1f2933';
      context.fillText(entry.label, 32, y);
    });
    const credit = this.credit.textContent;
    if (credit) {
      context.font = '11px sans-serif';
      const creditWidth = context.measureText(credit).width + 12;
      context.fillStyle = 'rgba(255,255,255,0.92)';
      context.fillRect(size.x - creditWidth - 8, size.y - 26, creditWidth, 18);
      context.fillStyle = '#1f2933';
      context.fillText(credit, size.x - creditWidth - 2, size.y - 13);
    }
  }
}

customElements.define('weefsel-area-map', WeefselAreaMap);
