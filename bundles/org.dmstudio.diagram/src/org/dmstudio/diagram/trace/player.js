(function () {
	'use strict';
	const D = JSON.parse(document.getElementById('dm-data').textContent);
	const S = D.strings;
	const size = D.time.length;
	const ROW = 18;
	const look = D.firstLooks.slice();
	const value = D.firstValues.slice();
	const shown = new Array(D.elements.length).fill(-1);
	let at = 0;
	let timer = null;

	const $ = id => document.getElementById(id);
	const svg = document.querySelector('#diagram svg');
	const subtitle = svg ? svg.querySelectorAll('g.title > text')[1] : null;

	function centre(g) {
		const shape = g.querySelector(':scope > .shape');
		if (!shape) {
			return 0;
		}
		if (shape.tagName === 'ellipse') {
			return +shape.getAttribute('cx');
		}
		return +shape.getAttribute('x') + shape.getAttribute('width') / 2;
	}

	const elements = D.elements.map(e => {
		const g = document.getElementById(S[e[0]]);
		return g ? { g: g, fixed: S[e[1]], badges: Array.from(g.querySelectorAll(':scope > text.badge')), cx: centre(g) } : null;
	});

	const axis = D.timeAxis;
	const cursorLine = axis && svg ? svg.querySelector('g[data-mapping="cursor"] > .shape') : null;
	const cursorTime = axis && svg ? svg.querySelector('g[data-mapping="cursor-time"]') : null;
	const ticks = axis && svg ? Array.from(svg.querySelectorAll('g[data-mapping="tick"] > .shape')) : [];

	function cursorX(ns) {
		return axis[2] + (Math.min(Math.max(ns, axis[0]), axis[1]) - axis[0]) * axis[3];
	}

	function renderCursor() {
		if (!cursorLine) {
			return;
		}
		const x = cursorX(D.time[at]);
		cursorLine.setAttribute('x', (x - 1).toFixed(2));
		if (!cursorTime) {
			return;
		}
		const box = cursorTime.querySelector(':scope > .shape');
		const text = cursorTime.querySelector(':scope > text');
		const half = box.getAttribute('width') / 2;
		box.setAttribute('x', (x - half).toFixed(2));
		text.textContent = (D.time[at] / 1e9).toFixed(6) + ' s';
		text.setAttribute('x', (x - text.getAttribute('textLength') / 2).toFixed(2));
		for (const tick of ticks) {
			const left = +tick.getAttribute('x');
			tick.parentNode.style.visibility = left < x + half && x - half < left + +tick.getAttribute('width') ? 'hidden' : '';
		}
	}

	const slotsOf = new Map();
	for (let s = 0; s < D.slots.length / 2; s++) {
		const object = D.slots[2 * s];
		if (!slotsOf.has(object)) {
			slotsOf.set(object, []);
		}
		slotsOf.get(object).push(s);
	}

	function call(i) {
		const object = D.object[i] >= 0 ? '(' + S[D.object[i]] + ')' : '';
		const kind = D.kinds[D.kind[i]];
		const text = S[D.function[i]] + object;
		if (kind !== 'call') {
			return kind + ' ' + text;
		}
		return D.ret[i] >= 0 ? text + ' = ' + S[D.ret[i]] : text;
	}

	function frames(i) {
		const list = [];
		for (let f = i; f >= 0; f = D.parent[f]) {
			list.unshift(f);
		}
		return list;
	}

	function apply(i, which) {
		for (let c = D.lookOffsets[i]; c < D.lookOffsets[i + 1]; c += 3) {
			look[D.lookChanges[c]] = D.lookChanges[c + which];
		}
		for (let c = D.stateOffsets[i]; c < D.stateOffsets[i + 1]; c += 3) {
			value[D.stateChanges[c]] = D.stateChanges[c + which];
		}
	}

	function renderDiagram() {
		for (let e = 0; e < elements.length; e++) {
			const el = elements[e];
			if (!el || shown[e] === look[e]) {
				continue;
			}
			shown[e] = look[e];
			const l = D.looks[look[e]];
			const classes = S[l[1]];
			el.g.setAttribute('class', el.fixed + ' lk' + l[0] + (classes ? ' ' + classes : ''));
			for (let b = 0; b < el.badges.length; b++) {
				const text = el.badges[b];
				if (2 * b < l[2].length) {
					const width = l[2][2 * b + 1];
					text.textContent = S[l[2][2 * b]];
					text.setAttribute('x', (el.cx - width / 2).toFixed(2));
					text.setAttribute('textLength', width);
					text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
				} else {
					text.textContent = '';
					text.removeAttribute('textLength');
				}
			}
		}
	}

	function element(tag, text, className) {
		const e = document.createElement(tag);
		if (text !== undefined) {
			e.textContent = text;
		}
		if (className) {
			e.className = className;
		}
		return e;
	}

	function label(i) {
		return 'scenario ' + D.scenario + ', seed ' + D.seed + ', step ' + i + ' of ' + size + ': ' + call(i);
	}

	function renderPanels() {
		$('position').textContent = 'step ' + at + ' / ' + (size - 1);
		$('slider').value = at;
		if (subtitle) {
			subtitle.textContent = D.model + ' \u2014 ' + label(at);
			subtitle.removeAttribute('textLength');
		}
		const step = $('step');
		step.replaceChildren(
			element('div', (D.time[at] / 1e6).toFixed(6) + ' ms  ' + S[D.context[at]]),
			element('div', call(at), D.ret[at] >= 0 && S[D.ret[at]].startsWith('-') ? 'err' : ''));
		const stack = $('stack');
		stack.replaceChildren();
		const objects = new Set();
		for (const f of frames(at)) {
			stack.appendChild(element('li', call(f), f === at ? 'current' : ''));
			if (D.object[f] >= 0) {
				objects.add(D.object[f]);
			}
		}
		const changes = $('changes');
		changes.replaceChildren();
		for (let c = D.changeOffsets[at]; c < D.changeOffsets[at + 1]; c += 4) {
			changes.appendChild(element('li', S[D.changes[c]] + ' ' + S[D.changes[c + 1]] + ': ' + S[D.changes[c + 2]] + ' \u2192 '
				+ S[D.changes[c + 3]]));
			objects.add(D.changes[c]);
		}
		const changed = new Set();
		for (let c = D.stateOffsets[at]; c < D.stateOffsets[at + 1]; c += 3) {
			changed.add(D.stateChanges[c]);
		}
		const table = $('state');
		table.replaceChildren();
		for (const object of objects) {
			const slots = slotsOf.get(object);
			if (!slots) {
				continue;
			}
			const head = element('tr', undefined, 'object');
			head.appendChild(element('td', S[object]));
			table.appendChild(head);
			for (const s of slots) {
				const row = element('tr', undefined, changed.has(s) ? 'changed' : '');
				row.appendChild(element('td', S[D.slots[2 * s + 1]]));
				row.appendChild(element('td', S[value[s]], S[value[s]].startsWith('-E') ? 'err' : ''));
				table.appendChild(row);
			}
		}
		renderRows();
		const trace = $('trace');
		if (at * ROW < trace.scrollTop || (at + 1) * ROW > trace.scrollTop + trace.clientHeight) {
			trace.scrollTop = Math.max(0, at * ROW - trace.clientHeight / 2);
		}
	}

	function renderRows() {
		const trace = $('trace');
		const rows = $('trace-rows');
		const first = Math.max(0, Math.floor(trace.scrollTop / ROW) - 5);
		const last = Math.min(size, first + Math.ceil(trace.clientHeight / ROW) + 10);
		rows.replaceChildren();
		for (let i = first; i < last; i++) {
			const row = element('div', undefined, i === at ? 'row current' : 'row');
			row.style.top = (i * ROW) + 'px';
			row.dataset.step = i;
			row.appendChild(element('span', String(i).padStart(6) + ' ', 'n'));
			row.appendChild(element('span', (D.time[i] / 1e6).toFixed(3).padStart(11) + ' ms ' + S[D.context[i]].padEnd(14) + ' '
				+ '  '.repeat(D.depth[i]) + call(i), 'k-' + D.kinds[D.kind[i]]));
			rows.appendChild(row);
		}
	}

	function seek(target) {
		const to = Math.max(0, Math.min(size - 1, Math.trunc(Number(target)) || 0));
		while (at < to) {
			at++;
			apply(at, 2);
		}
		while (at > to) {
			apply(at, 1);
			at--;
		}
		renderDiagram();
		renderCursor();
		renderPanels();
		return at;
	}

	function find(query) {
		const q = String(query).trim();
		if (/^\d+$/.test(q)) {
			return +q < size ? +q : -1;
		}
		if (q === 'last') {
			return size - 1;
		}
		if (Object.prototype.hasOwnProperty.call(D.bookmarks, q)) {
			return D.bookmarks[q];
		}
		const split = q.indexOf('@');
		for (let i = 0; i < size; i++) {
			if (split > 0) {
				if (D.ret[i] >= 0 && S[D.ret[i]] === q.substring(0, split) && D.object[i] >= 0 && S[D.object[i]] === q.substring(split + 1)) {
					return i;
				}
			} else if (S[D.function[i]] === q || (D.object[i] >= 0 && S[D.object[i]] === q)) {
				return i;
			}
		}
		return -1;
	}

	function play() {
		if (timer === null) {
			if (at >= size - 1) {
				seek(0);
			}
			timer = setInterval(() => {
				if (at >= size - 1) {
					pause();
				} else {
					seek(at + 1);
				}
			}, 80);
			$('play').textContent = 'pause';
		}
	}

	function pause() {
		if (timer !== null) {
			clearInterval(timer);
			timer = null;
			$('play').textContent = 'play';
		}
	}

	function state() {
		const marks = {};
		for (let e = 0; e < elements.length; e++) {
			if (!elements[e]) {
				continue;
			}
			const l = D.looks[look[e]];
			const badges = [];
			for (let b = 0; b < l[2].length; b += 2) {
				badges.push(S[l[2][b]]);
			}
			marks[S[D.elements[e][0]]] = { classes: S[l[1]] ? S[l[1]].split(' ') : [], badges: badges };
		}
		return { step: at, size: size, call: call(at), stack: frames(at).map(call), elements: marks, playing: timer !== null,
			cursor: cursorLine ? { x: +cursorLine.getAttribute('x') + 1, time: cursorTime ? cursorTime.textContent : null } : null };
	}

	$('title').textContent = D.title;
	$('subtitle').textContent = D.model + ' \u2014 scenario ' + D.scenario + ', seed ' + D.seed + ', ' + size + ' steps';
	$('slider').max = size - 1;
	$('slider').addEventListener('input', e => seek(e.target.value));
	$('first').addEventListener('click', () => seek(0));
	$('back').addEventListener('click', () => seek(at - 1));
	$('forward').addEventListener('click', () => seek(at + 1));
	$('last').addEventListener('click', () => seek(size - 1));
	$('play').addEventListener('click', () => timer === null ? play() : pause());
	$('trace').addEventListener('scroll', renderRows);
	$('trace-rows').style.height = (size * ROW) + 'px';
	$('trace-rows').addEventListener('click', e => {
		const row = e.target.closest('.row');
		if (row) {
			seek(row.dataset.step);
		}
	});
	$('goto').addEventListener('keydown', e => {
		if (e.key === 'Enter') {
			const i = find(e.target.value);
			$('goto-error').textContent = i < 0 ? 'not found' : '';
			if (i >= 0) {
				e.target.blur();
				seek(i);
			}
		}
	});
	document.addEventListener('keydown', e => {
		if (e.target instanceof HTMLInputElement && e.target.type === 'text') {
			return;
		}
		const jump = e.shiftKey ? 10 : 1;
		switch (e.key) {
		case 'ArrowRight': seek(at + jump); break;
		case 'ArrowLeft': seek(at - jump); break;
		case 'Home': seek(0); break;
		case 'End': seek(size - 1); break;
		case ' ': timer === null ? play() : pause(); break;
		default: return;
		}
		e.preventDefault();
	});
	window.dmPlayer = { size: size, seek: seek, step: () => at, find: find, state: state, play: play, pause: pause };
	seek(D.initial);
})();
