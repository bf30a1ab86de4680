package dev.pilothouse.web.views.diagram;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.util.function.Consumer;

/**
 * An SVG from our own renderer (which escapes every name and text it writes), panned by dragging and zoomed by
 * the wheel by changing its viewBox in the browser; a click on a node without dragging reports its
 * {@code data-id} to the server.
 */
public final class PanZoomSvg extends Div {

    /** The visualizer's light look plus the mark {@link #select} puts on the selected node. */
    public static final SvgRenderer SVG = new SvgRenderer(
            SvgRenderer.defaultStylesheet() + "\n.node.selected > .box { stroke: #2563eb; stroke-width: 3; }\n");

    /** Runs with {@code this} = the host div; keeps zoom and fit on the element for the buttons. */
    private static final String SCRIPT = """
            const host = this, svg = host.querySelector('svg');
            if (!svg) { return; }
            const natural = svg.getAttribute('viewBox').split(' ').map(Number);
            let full = natural.slice(), vb = full.slice(), down = null, moved = false, touched = false;
            // a redraw of a live diagram keeps the user's pan and zoom
            const prev = host.__phView;
            if (prev && prev.touched) { vb = prev.vb.slice(); touched = true; }
            svg.removeAttribute('width');
            svg.removeAttribute('height');
            // absolutely placed, so the svg's size never follows its viewBox (no resize loop)
            Object.assign(svg.style, { position: 'absolute', inset: '0', width: '100%', height: '100%',
              display: 'block', cursor: 'grab' });
            const apply = () => {
              svg.setAttribute('viewBox', vb.join(' '));
              host.__phView = { vb: vb.slice(), touched: touched };
            };
            if (touched) { apply(); }
            const toScene = (x, y) => {
              const p = svg.createSVGPoint(); p.x = x; p.y = y;
              return p.matrixTransform(svg.getScreenCTM().inverse());
            };
            host.__phZoom = (f, c) => {
              c = c || { x: vb[0] + vb[2] / 2, y: vb[1] + vb[3] / 2 };
              vb = [c.x - (c.x - vb[0]) * f, c.y - (c.y - vb[1]) * f, vb[2] * f, vb[3] * f];
              touched = true;
              apply();
            };
            host.__phFit = () => { // small schemas fit at most 1:1 instead of being blown up
              const box = svg.getBoundingClientRect();
              full = box.width > natural[2] && box.height > natural[3] ? [0, 0, box.width, box.height] : natural.slice();
              vb = full.slice();
              touched = false;
              apply();
            };
            new ResizeObserver(() => { if (!touched) { host.__phFit(); } }).observe(svg);
            svg.addEventListener('wheel', e => {
              e.preventDefault();
              host.__phZoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, toScene(e.clientX, e.clientY));
            }, { passive: false });
            svg.addEventListener('pointerdown', e => {
              down = { x: e.clientX, y: e.clientY, vb: vb.slice(), scale: svg.getScreenCTM().a };
              moved = false;
              svg.setPointerCapture(e.pointerId);
              svg.style.cursor = 'grabbing';
            });
            svg.addEventListener('pointermove', e => {
              if (!down) { return; }
              const dx = e.clientX - down.x, dy = e.clientY - down.y;
              moved = moved || Math.abs(dx) + Math.abs(dy) > 3;
              touched = touched || moved;
              vb = [down.vb[0] - dx / down.scale, down.vb[1] - dy / down.scale, vb[2], vb[3]];
              apply();
            });
            svg.addEventListener('pointerup', e => {
              const wasClick = down && !moved;
              down = null;
              svg.style.cursor = 'grab';
              if (!wasClick) { return; }
              const target = document.elementFromPoint(e.clientX, e.clientY);
              const node = target && target.closest('g.node[data-id]');
              if (node && svg.contains(node)) { host.$server.select(node.getAttribute('data-id')); }
            });
            """;

    private Consumer<String> onSelect = id -> {};
    private String svg = "";
    private String selected;

    public PanZoomSvg() {
        getStyle().set("overflow", "hidden").set("touch-action", "none").set("position", "relative");
    }

    /** Shows {@code svgText}, which must come from {@code SvgRenderer} (escaped text, no scripts). */
    public void show(String svgText) {
        svg = svgText;
        // innerHTML of a div, so the browser parses the svg in the SVG namespace
        getElement().setProperty("innerHTML", svgText);
        getElement().executeJs(SCRIPT);
        if (selected != null) {
            mark(selected);
        }
    }

    public void clear() {
        svg = "";
        getElement().setProperty("innerHTML", "");
    }

    public String svg() {
        return svg;
    }

    public void onSelect(Consumer<String> listener) {
        onSelect = listener;
    }

    /** Marks the node in the picture and tells the listener; called from the browser on a click. */
    @ClientCallable
    public void select(String id) {
        selected = id;
        mark(id);
        onSelect.accept(id);
    }

    public String selected() {
        return selected;
    }

    private void mark(String id) {
        getElement().executeJs("""
                this.querySelectorAll('g.node.selected').forEach(n => n.classList.remove('selected'));
                const n = this.querySelector('g.node[data-id="' + CSS.escape($0) + '"]');
                if (n) { n.classList.add('selected'); }""", id);
    }

    public void zoom(double factor) {
        getElement().executeJs("this.__phZoom && this.__phZoom($0)", factor);
    }

    public void fit() {
        getElement().executeJs("this.__phFit && this.__phFit()");
    }
}
