// Portcullis connectivity page: pan and zoom, hover to highlight a node's connections, click for details, search.
// The drawing and its data are in the page; this script only adds interaction.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const svg = document.getElementById('graph');
  const canvas = document.getElementById('canvas');
  const details = document.getElementById('details');
  const search = document.getElementById('search');
  const searchResult = document.getElementById('search-result');

  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  // Clusters (VPC, zone, subnet boxes) and groups of nodes the report treats alike.
  const units = new Map(data.units.map((c) => [c.id, c]));
  const edges = new Map(data.edges.map((e) => [e.id, e]));
  const members = new Map();
  for (const node of data.nodes) {
    for (const unit of node.units) {
      if (!members.has(unit)) { members.set(unit, []); }
      members.get(unit).push(node.id);
    }
  }
  const edgesAt = new Map();
  for (const edge of data.edges) {
    for (const end of new Set(edge.tails.concat(edge.heads))) {
      if (!edgesAt.has(end)) { edgesAt.set(end, []); }
      edgesAt.get(end).push(edge);
    }
  }
  // The SVG elements of each edge (an arrow, or a bundle's junction and lines) and of each group (its node and lines).
  const partsOf = new Map();
  for (const el of svg.querySelectorAll('[data-edge], [data-group]')) {
    const key = el.getAttribute('data-edge') || el.getAttribute('data-group');
    if (!partsOf.has(key)) { partsOf.set(key, []); }
    partsOf.get(key).push(el);
  }

  const element = (id) => document.getElementById(id);
  const parts = (id) => nodes.has(id) ? [element(id)] : (partsOf.get(id) || [element(id)]).filter((el) => el);
  const caption = (id) => nodes.has(id) ? nodes.get(id).name : units.get(id).caption;
  const membersOf = (id) => nodes.has(id) ? [id] : (members.get(id) || []);
  const incident = (node) => [node.id].concat(node.units).flatMap((unit) => edgesAt.get(unit) || []);
  const connectionText = (edge) => edge.connection + (edge.blocked ? ' *' : '');
  const text = (tag, content, className) => {
    const el = document.createElement(tag);
    el.textContent = content;
    if (className) { el.className = className; }
    return el;
  };

  // ---- highlighting ----
  let selected = [];
  function clearHighlight() {
    svg.classList.remove('focus');
    for (const el of svg.querySelectorAll('.hl')) { el.classList.remove('hl'); }
  }
  function markEdge(edge) {
    if (!edge.within) { for (const el of parts(edge.id)) { el.classList.add('hl'); } }
    for (const end of new Set(edge.tails.concat(edge.heads))) {
      for (const el of nodes.has(end) ? [] : parts(end)) { el.classList.add('hl'); }
      for (const id of membersOf(end)) { element(id).classList.add('hl'); }
    }
  }
  function highlightNode(node) {
    clearHighlight();
    svg.classList.add('focus');
    element(node.id).classList.add('hl');
    for (const edge of incident(node)) { markEdge(edge); }
  }
  function highlightEdge(edge) {
    clearHighlight();
    svg.classList.add('focus');
    markEdge(edge);
  }
  function highlightUnit(id) {
    clearHighlight();
    svg.classList.add('focus');
    for (const el of parts(id)) { el.classList.add('hl'); }
    for (const member of membersOf(id)) { element(member).classList.add('hl'); }
    for (const edge of edgesAt.get(id) || []) { markEdge(edge); }
  }
  function select(elements) {
    for (const el of selected) { el.classList.remove('selected'); }
    selected = elements;
    for (const el of selected) { el.classList.add('selected'); }
  }
  function rehighlight() {
    clearHighlight();
    if (selected.length === 0) { return; }
    const el = selected[0];
    if (el.hasAttribute('data-node')) { highlightNode(nodes.get(el.id)); }
    else if (el.hasAttribute('data-edge')) { highlightEdge(edges.get(el.getAttribute('data-edge'))); }
    else { highlightUnit(el.getAttribute('data-group') || el.getAttribute('data-cluster')); }
  }

  // ---- details panel ----
  function showDetails(title, build) {
    details.replaceChildren(text('h2', title));
    build(details);
  }
  function describeEnds(ids) {
    return ids.map((id) => nodes.has(id) ? nodes.get(id).name : units.get(id).caption + ' (every one of its ' + units.get(id).size + ' nodes)').join(', ');
  }
  function rowList(pairs) {
    const box = document.createElement('div');
    box.className = 'rows';
    const limit = 500;
    for (const [source, destination] of pairs.slice(0, limit)) {
      box.append(text('div', nodes.get(source).name + ' => ' + nodes.get(destination).name));
    }
    if (pairs.length > limit) { box.append(text('div', '\u2026 and ' + (pairs.length - limit) + ' more')); }
    return box;
  }
  function edgeItem(label, edge) {
    const item = document.createElement('li');
    const span = text('span', label + ': ' + connectionText(edge));
    span.style.color = edge.color;
    item.append(span);
    item.addEventListener('click', () => { select(edge.within ? [] : parts(edge.id)); highlightEdge(edge); showEdge(edge); });
    return item;
  }
  function showEdge(edge) {
    showDetails(edge.within ? 'Connections inside' : edge.mesh ? 'Connections among' : 'Edge', (panel) => {
      const list = document.createElement('dl');
      const add = (key, value, className) => { list.append(text('dt', key), text('dd', value, className)); };
      if (edge.within || edge.mesh) {
        add('among', describeEnds(edge.tails));
      } else {
        add('from', describeEnds(edge.tails));
        add('to', describeEnds(edge.heads));
      }
      add('connection', connectionText(edge), 'conn');
      if (edge.blocked) { add('replies', 'blocked: a stateless network ACL drops the TCP replies'); }
      if (edge.bothWays) { add('direction', 'both ways: the same connection holds from each end to the other'); }
      add('report rows', String(edge.pairs.length));
      list.querySelector('.conn').style.color = edge.color;
      panel.append(list, rowList(edge.pairs));
    });
  }
  function showNode(node) {
    showDetails(node.name, (panel) => {
      const list = document.createElement('dl');
      for (const [key, value] of node.details) { list.append(text('dt', key), text('dd', value)); }
      panel.append(list);
      const outgoing = [];
      const incoming = [];
      for (const edge of incident(node)) {
        for (const [source, destination] of edge.pairs) {
          if (source === node.id) { outgoing.push([destination, edge]); }
          if (destination === node.id) { incoming.push([source, edge]); }
        }
      }
      for (const [title, items, arrow] of [['Can open connections to', outgoing, '\u2192 '], ['Can be reached from', incoming, '\u2190 ']]) {
        panel.append(text('h3', title + ' (' + items.length + ')'));
        if (items.length === 0) {
          panel.append(text('p', 'nothing', 'hint'));
          continue;
        }
        const box = document.createElement('ul');
        box.className = 'edge-list';
        items.sort((a, b) => nodes.get(a[0]).name.localeCompare(nodes.get(b[0]).name));
        for (const [other, edge] of items) { box.append(edgeItem(arrow + nodes.get(other).name, edge)); }
        panel.append(box);
      }
      if (!node.inReport) { panel.append(text('p', 'No connection to or from this node appears in the report.', 'hint')); }
    });
  }
  function showUnit(unit) {
    showDetails(unit.caption, (panel) => {
      const list = document.createElement('dl');
      if (unit.detail) { list.append(text('dt', 'detail'), text('dd', unit.detail)); }
      list.append(text('dt', 'nodes'), text('dd', membersOf(unit.id).map((id) => nodes.get(id).name).join(', ')));
      panel.append(list);
      const at = edgesAt.get(unit.id) || [];
      panel.append(text('h3', 'Edges (' + at.length + ')'));
      const box = document.createElement('ul');
      box.className = 'edge-list';
      for (const edge of at) {
        const where = edge.within ? 'all inside' : edge.mesh ? 'each to each with ' + edge.tails.filter((t) => t !== unit.id).map(caption).join(', ')
          : edge.tails.includes(unit.id) ? '\u2192 ' + edge.heads.map(caption).join(', ') : '\u2190 ' + edge.tails.map(caption).join(', ');
        box.append(edgeItem(where, edge));
      }
      panel.append(box);
    });
  }

  // ---- pan and zoom (the SVG's viewBox) ----
  const full = svg.viewBox.baseVal;
  let view = { x: full.x, y: full.y, w: full.width, h: full.height };
  const home = Object.assign({}, view);
  function apply() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
  function toSvg(clientX, clientY) {
    const point = new DOMPoint(clientX, clientY).matrixTransform(svg.getScreenCTM().inverse());
    return { x: point.x, y: point.y };
  }
  function zoom(factor, clientX, clientY) {
    const rect = svg.getBoundingClientRect();
    const center = toSvg(clientX === undefined ? rect.left + rect.width / 2 : clientX, clientY === undefined ? rect.top + rect.height / 2 : clientY);
    const w = Math.min(Math.max(view.w * factor, home.w / 200), home.w * 4);
    const scale = w / view.w;
    view = { x: center.x - (center.x - view.x) * scale, y: center.y - (center.y - view.y) * scale, w: view.w * scale, h: view.h * scale };
    apply();
  }
  function fit() { view = Object.assign({}, home); apply(); }
  function zoomTo(elements) {
    let box = null;
    for (const el of elements) {
      const r = el.getBoundingClientRect();
      const a = toSvg(r.left, r.top);
      const b = toSvg(r.right, r.bottom);
      box = box === null ? { x1: a.x, y1: a.y, x2: b.x, y2: b.y }
        : { x1: Math.min(box.x1, a.x), y1: Math.min(box.y1, a.y), x2: Math.max(box.x2, b.x), y2: Math.max(box.y2, b.y) };
    }
    if (box === null) { return; }
    const margin = 80;
    const w = Math.max(box.x2 - box.x1 + 2 * margin, home.w / 12);
    const h = Math.max(box.y2 - box.y1 + 2 * margin, home.h / 12);
    view = { x: (box.x1 + box.x2 - w) / 2, y: (box.y1 + box.y2 - h) / 2, w: w, h: h };
    apply();
  }
  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    zoom(Math.pow(1.0015, event.deltaY), event.clientX, event.clientY);
  }, { passive: false });
  let drag = null;
  canvas.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, moved: false };
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drag) { return; }
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { canvas.setPointerCapture(event.pointerId); }
    drag.moved = true;
    canvas.classList.add('panning');
    const scale = svg.getScreenCTM().a;
    view.x -= dx / scale;
    view.y -= dy / scale;
    drag.x = event.clientX;
    drag.y = event.clientY;
    apply();
  });
  canvas.addEventListener('pointerup', () => {
    canvas.classList.remove('panning');
    setTimeout(() => { drag = null; }, 0);
  });
  document.getElementById('zoom-in').addEventListener('click', () => zoom(1 / 1.4));
  document.getElementById('zoom-out').addEventListener('click', () => zoom(1.4));
  document.getElementById('fit').addEventListener('click', fit);

  // ---- hover and click ----
  const target = (event) => event.target.closest('[data-node], [data-edge], [data-group], [data-cluster]');
  function hover(el) {
    if (el.hasAttribute('data-node')) { highlightNode(nodes.get(el.id)); }
    else if (el.hasAttribute('data-edge')) { highlightEdge(edges.get(el.getAttribute('data-edge'))); }
    else if (el.hasAttribute('data-group')) { highlightUnit(el.getAttribute('data-group')); }
  }
  svg.addEventListener('mouseover', (event) => {
    const el = target(event);
    if (el && !(drag && drag.moved)) { hover(el); }
  });
  svg.addEventListener('mouseout', (event) => {
    const el = target(event);
    if (!el || (event.relatedTarget && el.contains(event.relatedTarget))) { return; }
    rehighlight();
  });
  svg.addEventListener('click', (event) => {
    if (drag && drag.moved) { return; }
    const el = target(event);
    if (!el) { select([]); clearHighlight(); return; }
    event.preventDefault();
    if (el.hasAttribute('data-node')) {
      select([el]);
      highlightNode(nodes.get(el.id));
      showNode(nodes.get(el.id));
    } else if (el.hasAttribute('data-edge')) {
      const edge = edges.get(el.getAttribute('data-edge'));
      select(parts(edge.id));
      highlightEdge(edge);
      showEdge(edge);
    } else {
      const id = el.getAttribute('data-group') || el.getAttribute('data-cluster');
      select(parts(id));
      highlightUnit(id);
      showUnit(units.get(id));
    }
  });

  // ---- search ----
  const haystack = new Map(data.nodes.map((n) => [n.id, (n.qualified + ' ' + n.details.map((d) => d[1]).join(' ')).toLowerCase()]));
  let matches = [];
  search.addEventListener('input', () => {
    const query = search.value.trim().toLowerCase();
    for (const el of svg.querySelectorAll('.match')) { el.classList.remove('match'); }
    matches = query === '' ? [] : data.nodes.filter((n) => haystack.get(n.id).includes(query)).map((n) => element(n.id));
    for (const el of matches) { el.classList.add('match'); }
    svg.classList.toggle('searching', query !== '');
    searchResult.textContent = query === '' ? '' : matches.length === 1 ? '1 match' : matches.length + ' matches';
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches.length > 0) { zoomTo(matches); }
    if (event.key === 'Escape') { search.value = ''; search.dispatchEvent(new Event('input')); fit(); }
  });

  // Tell a test (or a curious reader) that the page is wired up and how many of the graph's nodes it drew.
  const drawn = data.nodes.filter((n) => { const el = element(n.id); return el && el.getAttribute('data-node') === n.name; }).length;
  document.documentElement.setAttribute('data-nodes', String(data.nodes.length));
  document.documentElement.setAttribute('data-nodes-drawn', String(drawn));
  document.documentElement.setAttribute('data-ready', 'true');
})();
