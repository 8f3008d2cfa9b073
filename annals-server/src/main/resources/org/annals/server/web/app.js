// annals web UI. Every piece of data reaches the page through textContent, createTextNode or setAttribute:
// no innerHTML anywhere, so an article's "<script>" is text on the screen, never code.
'use strict';

const QUAD = {AGREE: 'VC', CONSULT: 'VC', SUPPORT: 'VC', CONCEDE: 'VC', COOPERATE: 'MC', AID: 'MC', RETREAT: 'MC',
  REQUEST: 'VX', ACCUSE: 'VX', REJECT: 'VX', THREATEN: 'VX', PROTEST: 'MX', SANCTION: 'MX', MOBILIZE: 'MX',
  COERCE: 'MX', ASSAULT: 'MX'};
const QUAD_NAME = {VC: 'verbal cooperation', MC: 'material cooperation', VX: 'verbal conflict', MX: 'material conflict'};
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAll(e, attrs);
  append(e, children);
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  setAll(e, attrs);
  append(e, children);
  return e;
}

function setAll(e, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') { for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f); }
    else if (k === 'text') e.textContent = String(v);
    else e.setAttribute(k, String(v));
  }
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({error: 'the server did not answer JSON (' + r.status + ')'}));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function quadOf(type) { return QUAD[type] || 'none'; }
function badge(type) { return el('span', {class: 'badge q-' + quadOf(type), title: QUAD_NAME[quadOf(type)] || ''}, type || '?'); }
function actorLabel(a) { return a ? (a.name || a.id) + (a.code ? ' (' + a.code + ')' : '') : ''; }
function actorsLabel(list) { return (list || []).map(actorLabel).join(', ') || '—'; }
function docLink(d, label) { return el('a', {href: '#/document/' + encodeURIComponent(d.id)}, label || d.title || d.source || d.id); }
function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && String(v).trim() !== '') u.set(k, String(v).trim());
  return u.toString();
}

const main = () => document.getElementById('main');

function show(...nodes) { append(clear(main()), nodes); }

function fail(err) { show(el('p', {class: 'error', role: 'alert'}, String(err.message || err))); }

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const view = parts[0] || 'documents';
  for (const a of document.querySelectorAll('header nav a')) {
    a.classList.toggle('active', a.dataset.view === view || (view === 'document' && a.dataset.view === 'documents')
      || (view === 'story' && a.dataset.view === 'stories'));
  }
  const views = {documents: documentsView, document: documentView, events: eventsView, stories: storiesView,
    story: storyView, timeline: timelineView, network: networkView, quotes: quotesView, search: searchView};
  const f = views[view];
  if (!f) { fail(new Error('no such view: ' + view)); return; }
  document.body.dataset.view = view;
  document.body.dataset.ready = 'false';
  Promise.resolve(f(parts.slice(1), params)).catch(fail).finally(() => { document.body.dataset.ready = 'true'; });
}

function go(view, params) { location.hash = '#/' + view + (params && qs(params) ? '?' + qs(params) : ''); }

// ---------------------------------------------------------------- documents

async function documentsView(_, params) {
  const offset = Number(params.offset || 0);
  const page = await api('/api/documents?' + qs({limit: 50, offset}));
  const rows = page.documents.map(d => el('tr', {},
    el('td', {class: 'nowrap'}, d.published || '—'),
    el('td', {}, docLink(d)),
    el('td', {class: 'code'}, d.source),
    el('td', {}, d.story ? el('a', {href: '#/story/' + encodeURIComponent(d.story)}, d.story) : '—')));
  show(el('h1', {}, 'Documents ', el('span', {class: 'muted'}, '(' + page.total + ')')),
    el('table', {id: 'documents'}, el('thead', {}, el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Title'),
      el('th', {}, 'Source'), el('th', {}, 'Story'))), el('tbody', {}, rows)),
    pager(page, o => go('documents', {offset: o})));
}

function pager(page, to) {
  return el('div', {class: 'pager'},
    page.offset > 0 ? el('button', {on: {click: () => to(Math.max(0, page.offset - page.limit))}}, '← previous') : null,
    el('span', {class: 'muted'}, page.count ? (page.offset + 1) + '–' + (page.offset + page.count) : 'nothing'),
    page.next_offset !== null ? el('button', {on: {click: () => to(page.next_offset)}}, 'next →') : null);
}

async function searchView(_, params) {
  const res = await api('/api/search?' + qs({q: params.q, limit: 50}));
  show(el('h1', {}, 'Search: ', params.q || ''),
    el('ul', {class: 'list', id: 'hits'}, res.documents.map(h => el('li', {},
      docLink(h), ' ', el('span', {class: 'muted'}, h.published || ''), el('div', {class: 'muted'}, snippet(h.snippet))))),
    res.count ? null : el('p', {class: 'muted'}, 'No article contains every word.'));
}

function snippet(s) {
  // the store marks matched words [like this]: bold them, as text
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0, m;
  while ((m = re.exec(s || '')) !== null) {
    out.push(s.slice(last, m.index), el('b', {}, m[1]));
    last = m.index + m[0].length;
  }
  out.push((s || '').slice(last));
  return out;
}

// ---------------------------------------------------------------- one document, highlighted

async function documentView(parts) {
  const json = await api('/api/documents/' + encodeURIComponent(parts[0]));
  const text = json.document.text || '';
  const actors = Object.fromEntries((json.actors || []).map(a => [a.id, a]));
  const notes = [];
  for (const q of json.quotes || []) notes.push({kind: 'quote', span: q.span, rec: q});
  for (const m of json.mentions || []) notes.push({kind: 'actor', span: m.span, rec: m});
  for (const t of json.times || []) notes.push({kind: 'time', span: t.span, rec: t});
  for (const e of json.events || []) notes.push({kind: 'event', span: e.trigger_span, rec: e});
  const cuts = new Set([0, text.length]);
  for (const n of notes) { cuts.add(n.span[0]); cuts.add(n.span[1]); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const article = el('div', {class: 'article', id: 'article'});
  const panel = el('div', {id: 'record'}, el('p', {class: 'muted'}, 'Click a highlight to see its record.'));
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = text.slice(s, e);
    const covering = notes.filter(n => n.span[0] <= s && n.span[1] >= e);
    if (!covering.length) { article.appendChild(document.createTextNode(piece)); continue; }
    covering.sort((a, b) => (a.span[1] - a.span[0]) - (b.span[1] - b.span[0]));
    const kinds = [...new Set(covering.map(n => n.kind))];
    const span = el('span', {class: 'hl ' + kinds.map(k => 'hl-' + k).join(' '), 'data-start': s, 'data-end': e,
      title: covering.map(n => n.kind).join(', '), on: {click: ev => {
        for (const x of article.querySelectorAll('.selected')) x.classList.remove('selected');
        ev.currentTarget.classList.add('selected');
        showRecords(panel, covering, actors, text);
      }}}, piece);
    article.appendChild(span);
  }
  const d = json.document;
  show(el('h1', {}, d.title || d.source),
    el('p', {class: 'muted'}, 'Published ', d.published || 'unknown', d.published_from ? ' (from ' + d.published_from + ')' : '',
      ' · ', el('span', {class: 'code'}, d.source), d.story ? ' · story ' : '',
      d.story ? el('a', {href: '#/story/' + encodeURIComponent(d.story)}, d.story) : null,
      ' · ', el('a', {href: '#/events?' + qs({document: d.id})}, (json.events || []).length + ' events'),
      ' · ', el('a', {href: '/api/documents/' + encodeURIComponent(d.id)}, 'JSON')),
    el('div', {class: 'legend'}, el('span', {class: 'hl-actor'}, 'actor'), el('span', {class: 'hl-time'}, 'time'),
      el('span', {class: 'hl-quote'}, 'quote'), el('span', {class: 'hl-event'}, 'event trigger')),
    el('div', {class: 'doc-layout'}, el('div', {class: 'card'}, article), el('aside', {class: 'record card'}, panel)));
}

function showRecords(panel, covering, actors, text) {
  clear(panel);
  for (const n of covering) {
    const r = n.rec;
    const rows = [];
    const add = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(el('dt', {}, k), el('dd', {}, v)); };
    if (n.kind === 'actor') {
      const a = actors[r.actor];
      add('text', r.text); add('type', r.type); add('kind', r.kind);
      if (a) { add('actor', a.name); add('code', el('span', {class: 'code'}, a.code || '—')); add('country', a.country); add('role', a.role); add('knowledge', a.kb); }
    } else if (n.kind === 'time') {
      add('text', r.text); add('value', el('span', {class: 'code'}, r.value === null ? 'not fixed by the text' : r.value));
      add('type', r.type); add('anchored to', r.anchored_to);
    } else if (n.kind === 'quote') {
      const sp = actors[r.speaker];
      add('speaker', sp ? actorLabel(sp) : (r.speaker_text || 'unknown')); add('kind', r.kind); add('cue', r.cue);
      add('words', '“' + r.text + '”');
    } else if (n.kind === 'event') {
      add('type', badge(r.type)); add('mode', r.mode); add('CAMEO', el('span', {class: 'code'}, r.cameo || '—'));
      add('trigger', r.trigger); add('date', r.date || 'not given by the text');
      add('source', (r.source || []).map(id => actorLabel(actors[id] || {id})).join(', ') || '—');
      add('target', (r.target || []).map(id => actorLabel(actors[id] || {id})).join(', ') || '—');
      if (r.place) add('place', actorLabel(actors[r.place] || {id: r.place}));
      add('confidence', String(r.confidence)); add('evidence', text.slice(r.span[0], r.span[1]));
    }
    add('span', el('span', {class: 'code'}, '[' + n.span[0] + ', ' + n.span[1] + ')'));
    panel.appendChild(el('div', {class: 'record-item', 'data-kind': n.kind}, el('div', {class: 'record-kind'}, n.kind), el('dl', {}, rows)));
  }
}

// ---------------------------------------------------------------- events

const EVENT_FILTERS = ['actor', 'dyad', 'type', 'from', 'to', 'place', 'story', 'document'];

async function eventsView(_, params) {
  const form = el('form', {class: 'filters', id: 'event-filters'},
    EVENT_FILTERS.map(name => el('label', {}, name, name === 'type'
      ? el('select', {name}, el('option', {value: ''}, 'any'), Object.keys(QUAD).sort().map(t => {
        const o = el('option', {value: t}, t); if (params.type === t) o.selected = true; return o; }))
      : el('input', {name, value: params[name] || '', placeholder: {actor: 'code or name', dyad: 'A,B', from: 'YYYY-MM-DD', to: 'YYYY-MM-DD'}[name] || '', size: name === 'dyad' || name === 'actor' ? 14 : 10}))),
    el('button', {class: 'primary', type: 'submit'}, 'Filter'), el('button', {type: 'button', on: {click: () => go('events', {})}}, 'Clear'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    go('events', Object.fromEntries(EVENT_FILTERS.map(n => [n, form.elements[n].value])));
  });
  const offset = Number(params.offset || 0);
  const query = Object.fromEntries(EVENT_FILTERS.map(n => [n, params[n]]));
  show(el('h1', {}, 'Events'), form, el('p', {class: 'muted'}, 'Loading…'));
  const page = await api('/api/events?' + qs({...query, limit: 100, offset}));
  const rows = page.events.map(e => el('tr', {class: 'event-row', 'data-type': e.type},
    el('td', {class: 'nowrap'}, e.date || el('span', {class: 'muted', title: 'publication date'}, (e.document.published || '—') + '*')),
    el('td', {}, badge(e.type), e.mode ? el('div', {class: 'muted'}, e.mode) : null),
    el('td', {}, actorsLabel(e.source)), el('td', {}, actorsLabel(e.target)),
    el('td', {}, e.place ? e.place.name : '—'),
    el('td', {class: 'sentence'}, e.sentence),
    el('td', {}, el('a', {href: '#/document/' + encodeURIComponent(e.document.id), class: 'doc-link'}, e.document.title || e.document.source))));
  main().lastChild.replaceWith(el('div', {},
    el('table', {id: 'events'}, el('thead', {}, el('tr', {}, ['Date', 'Type', 'Source', 'Target', 'Place', 'Evidence', 'Document'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    page.count ? null : el('p', {class: 'muted', id: 'no-events'}, 'No event passes these filters.'),
    pager(page, o => go('events', {...query, offset: o})),
    el('p', {class: 'muted'}, '* no date in the text: the publication date is shown.')));
}

// ---------------------------------------------------------------- stories

async function storiesView(_, params) {
  const page = await api('/api/stories?' + qs({limit: 200, offset: params.offset || 0}));
  show(el('h1', {}, 'Stories'), el('p', {class: 'muted'}, 'Articles that report the same real-world event, grouped.'),
    el('table', {id: 'stories'}, el('thead', {}, el('tr', {}, ['Story', 'Documents', 'First', 'Last', 'First article'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.stories.map(s => el('tr', {},
        el('td', {}, el('a', {href: '#/story/' + encodeURIComponent(s.id)}, s.id)), el('td', {}, String(s.documents)),
        el('td', {class: 'nowrap'}, s.first_published || '—'), el('td', {class: 'nowrap'}, s.last_published || '—'),
        el('td', {}, s.title || s.first_document))))),
    pager(page, o => go('stories', {offset: o})));
}

async function storyView(parts) {
  const st = await api('/api/stories/' + encodeURIComponent(parts[0]));
  const docs = st.documents;
  const compare = el('table', {id: 'compare'}, el('thead', {}, el('tr', {}, el('th', {}, 'What'),
    docs.map(d => el('th', {}, d.document.source)), el('th', {}, 'Sources'))),
    el('tbody', {}, st.compare.map(r => el('tr', {class: r.status === 'conflict' ? 'conflict' : ''},
      el('td', {}, r.type ? badge(r.type) : null, ' ', r.type ? 'date' : r.what),
      docs.map(d => el('td', {class: 'code'}, (r.values[d.document.id] || []).join(', ') || '—')),
      el('td', {class: r.status === 'agree' ? 'status-agree' : r.status === 'conflict' ? 'status-conflict' : 'status-one'}, r.status, r.shared && r.shared.length ? ' on ' + r.shared.join(', ') : '')))));
  const columns = el('div', {class: 'story-grid', id: 'story-documents'}, docs.map(d => el('div', {class: 'card'},
    el('h2', {}, docLink(d.document)), el('p', {class: 'muted'}, d.document.published || 'no date', ' · ', d.document.source),
    el('ul', {class: 'list'}, d.events.map(e => el('li', {}, badge(e.type), ' ', el('span', {class: 'code'}, e.date || 'no date'), ' ',
      (e.source || []).join(', ') || '?', ' → ', (e.target || []).join(', ') || '?', el('div', {class: 'muted'}, '“', e.trigger || '', '”')))),
    d.counts.length ? el('h2', {}, 'Counts') : null,
    el('ul', {class: 'list'}, d.counts.map(c => el('li', {}, c.kind, ': ', c.qualifier ? c.qualifier + ' ' : '', String(c.value)))))));
  const party = p => p.code ? p.name + ' (' + p.code + ')' : p.name;
  const merged = el('table', {id: 'merged'}, el('thead', {}, el('tr', {}, el('th', {}, 'Event'), el('th', {}, 'Date'),
    el('th', {}, 'Who → whom'), el('th', {}, 'Place'), el('th', {}, 'Sources'))),
    el('tbody', {}, (st.merged || []).map(e => el('tr', {class: e.other_dates.length ? 'conflict' : ''},
      el('td', {}, badge(e.type), ' ', el('span', {class: 'code'}, e.cameo || '')),
      el('td', {class: 'code'}, e.date || 'no date', e.other_dates.length ? ' (also ' + e.other_dates.join(', ') + ')' : ''),
      el('td', {}, e.source.map(party).join(', ') || '?', ' → ', e.target.map(party).join(', ') || '?'),
      el('td', {}, e.place || ''),
      el('td', {}, String(e.sources), ' ', e.sources === 1 ? 'source' : 'sources')))));
  show(el('h1', {}, 'Story ', st.story.id, ' ', el('span', {class: 'muted'}, '· ' + st.story.documents + ' documents, ' + (st.story.first_published || '?') + ' to ' + (st.story.last_published || '?'))),
    el('h2', {}, 'The events, merged across the sources'), merged,
    el('h2', {}, 'Where the sources agree and conflict'), compare, el('h2', {}, 'The sources side by side'), columns);
}

// ---------------------------------------------------------------- timeline

function dayOf(s) {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
}

async function timelineView(_, params) {
  const form = el('form', {class: 'filters', id: 'timeline-form'},
    el('label', {}, 'actor', el('input', {name: 'actor', value: params.actor || '', placeholder: 'code or name'})),
    el('label', {}, 'or dyad', el('input', {name: 'dyad', value: params.dyad || '', placeholder: 'A,B'})),
    el('button', {class: 'primary', type: 'submit'}, 'Show'));
  form.addEventListener('submit', ev => { ev.preventDefault(); go('timeline', {actor: form.elements.actor.value, dyad: form.elements.dyad.value}); });
  if (!params.actor && !params.dyad) {
    const top = await api('/api/actors?limit=12');
    show(el('h1', {}, 'Timeline'), form, el('p', {class: 'muted'}, 'The most reported actors: '),
      el('p', {}, top.actors.filter(a => a.code).map(a => [el('a', {href: '#/timeline?' + qs({actor: a.code})}, a.code), ' '])));
    return;
  }
  const t = await api('/api/timeline?' + qs({actor: params.actor, dyad: params.dyad}));
  const title = params.dyad ? 'Timeline of ' + params.dyad.replace(',', ' and ') : 'Timeline of ' + params.actor;
  show(el('h1', {}, title, ' ', el('span', {class: 'muted'}, '(' + t.count + ' events' + (t.first ? ', ' + t.first + ' to ' + t.last : '') + ')')),
    form, timelineChart(t), el('ul', {class: 'list', id: 'timeline-events'}, t.events.map(e => el('li', {},
      el('span', {class: 'code'}, e.when || '?'), e.when_from === 'published' ? el('span', {class: 'muted', title: 'publication date'}, '*') : null, ' ',
      badge(e.type), ' ', actorsLabel(e.source), ' → ', actorsLabel(e.target), ' ',
      el('div', {class: 'muted'}, e.sentence, ' — ', docLink(e.document))))));
}

function timelineChart(t) {
  const pts = t.events.map(e => ({e, x: dayOf(e.when)})).filter(p => p.x !== null);
  const same = {};
  for (const p of pts) same[p.x] = (same[p.x] || 0) + 1;
  const W = 1100, H = Math.min(420, 70 + 12 * Math.max(2, ...Object.values(same))), pad = 40;
  const chart = svg('svg', {class: 'chart', id: 'timeline-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'events over time'});
  if (!pts.length) { chart.appendChild(svg('text', {x: pad, y: H / 2}, 'No dated events.')); return chart; }
  let lo = Math.min(...pts.map(p => p.x)), hi = Math.max(...pts.map(p => p.x));
  if (hi === lo) { lo -= 86400000 * 15; hi += 86400000 * 15; }
  const X = v => pad + (W - 2 * pad) * (v - lo) / (hi - lo);
  chart.appendChild(svg('line', {x1: pad, x2: W - pad, y1: H - 30, y2: H - 30, stroke: '#9ca3af'}));
  const years = new Date(lo).getUTCFullYear(), yearsEnd = new Date(hi).getUTCFullYear();
  const span = hi - lo, step = span > 86400000 * 800 ? 12 : span > 86400000 * 200 ? 3 : 1;
  for (let y = years; y <= yearsEnd; y++) for (let m = 0; m < 12; m += step) {
    const v = Date.UTC(y, m, 1); if (v < lo || v > hi) continue;
    chart.appendChild(svg('line', {x1: X(v), x2: X(v), y1: H - 34, y2: H - 26, stroke: '#9ca3af'}));
    chart.appendChild(svg('text', {x: X(v) - 18, y: H - 10}, y + '-' + String(m + 1).padStart(2, '0')));
  }
  const stack = {};
  for (const p of pts) {
    const k = Math.round(X(p.x));
    const n = stack[k] = (stack[k] || 0) + 1;
    const q = quadOf(p.e.type);
    const c = svg('circle', {cx: X(p.x), cy: H - 30 - n * 12, r: 5, fill: q[1] === 'C' ? '#16a34a' : q === 'none' ? '#6b7280' : '#dc2626', class: 'tl-dot'},
      svg('title', {}, (p.e.when || '') + ' ' + p.e.type + ': ' + actorsLabel(p.e.source) + ' → ' + actorsLabel(p.e.target)));
    c.addEventListener('click', () => { location.hash = '#/document/' + encodeURIComponent(p.e.document.id); });
    chart.appendChild(c);
  }
  return chart;
}

// ---------------------------------------------------------------- network

async function networkView(_, params) {
  const net = await api('/api/network?' + qs({nodes: params.nodes || 30, type: params.type, from: params.from, to: params.to}));
  const W = 1200, H = 720, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 60;
  const n = net.nodes.length;
  const pos = {};
  net.nodes.forEach((node, i) => { const a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1); pos[node.id] = [cx + R * Math.cos(a), cy + R * Math.sin(a), a]; });
  const maxEdge = Math.max(1, ...net.edges.map(e => e.events));
  const maxNode = Math.max(1, ...net.nodes.map(v => v.events));
  const chart = svg('svg', {class: 'chart', id: 'network-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'network of actors'});
  for (const e of net.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const coop = e.cooperation >= e.conflict;
    chart.appendChild(svg('line', {x1, y1, x2, y2, stroke: coop ? '#16a34a' : '#dc2626', 'stroke-opacity': 0.55,
      'stroke-width': 1 + 6 * Math.sqrt(e.events / maxEdge), class: 'edge ' + (coop ? 'edge-coop' : 'edge-conflict')},
      svg('title', {}, e.source + ' → ' + e.target + ': ' + e.events + ' events (cooperation ' + e.cooperation + ', conflict ' + e.conflict + ')')));
  }
  for (const v of net.nodes) {
    const [x, y, a] = pos[v.id];
    const r = 5 + 14 * Math.sqrt(v.events / maxNode);
    const g = svg('g', {class: 'node', transform: 'translate(' + x + ',' + y + ')'},
      svg('circle', {r, fill: '#1e3a8a', 'fill-opacity': 0.85}),
      svg('text', {x: Math.cos(a) * (r + 6), y: Math.sin(a) * (r + 10) + 4,
        'text-anchor': Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end'}, v.id),
      svg('title', {}, v.name + ' (' + v.id + '): ' + v.events + ' events'));
    g.style.cursor = 'pointer';
    g.addEventListener('click', () => go('timeline', {actor: v.id}));
    chart.appendChild(g);
  }
  show(el('h1', {}, 'Network of actors ', el('span', {class: 'muted'}, '(' + net.events + ' events)')),
    el('p', {class: 'legend'}, el('span', {class: 'badge q-VC'}, 'cooperation (VC, MC)'), el('span', {class: 'badge q-VX'}, 'conflict (VX, MX)'),
      el('span', {class: 'muted'}, 'Line width: events between the two. Click an actor for its timeline.')),
    chart);
}

// ---------------------------------------------------------------- quotes

async function quotesView(_, params) {
  const form = el('form', {class: 'filters', id: 'quote-form'},
    el('label', {}, 'speaker', el('input', {name: 'speaker', value: params.speaker || '', placeholder: 'code or name'})),
    el('button', {class: 'primary', type: 'submit'}, 'Show'));
  form.addEventListener('submit', ev => { ev.preventDefault(); go('quotes', {speaker: form.elements.speaker.value}); });
  const page = await api('/api/quotes?' + qs({speaker: params.speaker, limit: 500}));
  const groups = new Map();
  for (const q of page.quotes) {
    const key = q.speaker ? actorLabel(q.speaker) : 'Unattributed';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  // the speakers with most quotes first; the quotes no actor was found for last
  const sorted = [...groups.entries()].sort((a, b) => (a[0] === 'Unattributed') - (b[0] === 'Unattributed')
    || b[1].length - a[1].length || a[0].localeCompare(b[0]));
  show(el('h1', {}, 'Quotes'), form, el('div', {id: 'quotes'}, sorted.map(([speaker, qs_]) => el('section', {class: 'speaker'},
    el('h2', {}, speaker, ' ', el('span', {class: 'muted'}, '(' + qs_.length + ')')),
    el('ul', {class: 'list'}, qs_.map(q => el('li', {class: 'quote'},
      el('div', {class: 'quote-text'}, '“', q.text, '”'),
      el('div', {class: 'muted'}, q.kind, q.cue ? ' · ' + q.cue : '', ' · ', q.document.published || 'no date', ' · ', docLink(q.document)))))))),
    page.count ? null : el('p', {class: 'muted'}, 'No quotes.'));
}

// ---------------------------------------------------------------- start

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) go('search', {q});
});
window.addEventListener('hashchange', route);
api('/api/status').then(s => { document.getElementById('status').textContent = s.documents + ' documents' + (s.ingest ? ' · ingest on' : ''); }).catch(() => {});
route();
