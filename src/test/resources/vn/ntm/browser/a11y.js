// In-page accessibility checks for AccessibilityInBrowserTest: installs window.ntmA11y with
//   audit(known)  labels, text alternatives, contrast, overflow, words broken inside, lang; plain data back, the test
//                 decides what fails;
//   known = [{check, selector, issue}]: elements matching selector are left out of that one check and reported
//   separately (a named problem in a template owned elsewhere), never a whole check switched off.
//   tag()         numbers every visible focusable element (data-a11y-n) and returns their descriptions;
//   active()      the number of the focused element and whether a focus indicator is drawn;
//   record()      from now on, active() of every element focused, in order, in window.ntmA11yFocus.
window.ntmA11y = (() => {
  const describe = el => {
    if (!el || el.nodeType !== 1) return String(el);
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.getAttribute('name')) s += '[name=' + el.getAttribute('name') + ']';
    if (el.getAttribute('type')) s += '[type=' + el.getAttribute('type') + ']';
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    if (text) s += ' "' + text.slice(0, 40) + '"';
    if (!el.id && el.parentElement) s = describe.parent(el.parentElement) + ' > ' + s;
    return s;
  };
  describe.parent = p => p.tagName.toLowerCase() + (p.id ? '#' + p.id : '') + (p.classList.length ? '.' + [...p.classList].join('.') : '');

  let knownList = [];
  const known = (el, check) => knownList.some(k => k.check === check && el.closest(k.selector) != null);

  const visible = el => {
    if (!el.getClientRects().length) return false;
    // the content of a closed <details> is neither shown nor reached by Tab (only its summary is)
    const closed = el.closest('details:not([open])');
    if (closed && !el.closest('summary')) return false;
    // inside a closed <details> (content-visibility: hidden): not shown, not focusable, not this page's problem
    if (el.checkVisibility && !el.checkVisibility()) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  // Clipped to 1px by .visually-hidden: present for screen readers, not on screen.
  const clippedAway = el => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath && s.clipPath !== 'none' || s.clip && s.clip !== 'auto') {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1) return true;
      }
    }
    return false;
  };

  const textOf = ids => (ids || '').split(/\s+/).filter(Boolean)
      .map(id => document.getElementById(id)).filter(Boolean)
      .map(e => e.textContent.trim()).join(' ').trim();

  const audit = knownArg => {
  knownList = knownArg || [];
  // (a) every visible form control has a label
  const unlabelled = [];
  const knownFailures = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (type === 'hidden' || !visible(el)) continue;
    let name = '';
    if (['submit', 'button', 'reset'].includes(type)) name = el.value;
    name = name || textOf(el.getAttribute('aria-labelledby')) || (el.getAttribute('aria-label') || '').trim();
    if (!name && el.id) {
      name = [...document.querySelectorAll('label[for="' + CSS.escape(el.id) + '"]')]
          .map(l => l.textContent.trim()).join(' ').trim();
    }
    const wrapping = el.closest('label');
    if (!name && wrapping) name = wrapping.textContent.trim();
    if (!name) {
      if (known(el, 'label')) knownFailures.push('label: ' + describe(el)); else unlabelled.push(describe(el));
    }
  }

  // (b) images and drawings carry a text alternative
  const noAlternative = [];
  for (const el of document.querySelectorAll('img, svg, canvas, [role=img]')) {
    if (el.closest('[aria-hidden=true]')) continue;
    if (el.tagName.toLowerCase() === 'svg' && el.parentElement && el.parentElement.closest('svg')) continue;
    let ok;
    if (el.tagName.toLowerCase() === 'img') {
      ok = el.hasAttribute('alt');
    } else {
      const label = (el.getAttribute('aria-label') || '').trim() || textOf(el.getAttribute('aria-labelledby'))
          || (el.querySelector(':scope > title') || {textContent: ''}).textContent.trim();
      // role=img keeps the label; a data table beside it (same figure, or aria-describedby) carries the numbers
      const figure = el.closest('figure');
      const table = (figure && figure.querySelector('table')) || document.getElementById(el.getAttribute('aria-describedby') || '');
      ok = el.getAttribute('role') === 'img' && label !== '' || table != null && table.textContent.trim() !== '';
    }
    if (!ok) {
      if (known(el, 'image')) knownFailures.push('image: ' + describe(el)); else noAlternative.push(describe(el));
    }
  }

  // (d) text contrast from computed colours
  const parse = c => {
    const m = c && c.match(/^rgba?\(([^)]+)\)$/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
  const lum = c => {
    const ch = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  // The background behind an element: layers blended from the element up to the page; null when unknowable
  // (an image or gradient, or a positioned/transformed layer we cannot place honestly).
  const background = el => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage && s.backgroundImage !== 'none') return null;
      if (parseFloat(s.opacity) < 1) return null;
      if ((s.position === 'absolute' || s.position === 'fixed') && e !== el) return null;
      const c = parse(s.backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    let result = {r: 255, g: 255, b: 255, a: 1}; // the canvas of a page without a background is white
    for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i], result);
    return result;
  };
  const lowContrast = [];
  let checked = 0, skipped = 0;
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    const el = n.parentElement;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (el.closest('script, style, noscript, template, option, svg')) continue;
    if (!visible(el) || clippedAway(el)) continue;
    if (el.closest('[disabled], [aria-disabled=true]')) continue; // inactive controls are exempt
    const s = getComputedStyle(el);
    const fg = parse(s.color), bg = background(el);
    if (!fg || !bg) { skipped++; continue; }
    const colour = fg.a < 1 ? over(fg, bg) : fg;
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    const large = size >= 24 || bold && size >= 18.66;
    const need = large ? 3 : 4.5;
    const r = ratio(colour, bg);
    checked++;
    if (r + 1e-9 < need) {
      const line = describe(el) + ' ratio ' + r.toFixed(2) + ' < ' + need + ' (' + s.color + ' on rgb('
          + [bg.r, bg.g, bg.b].map(Math.round).join(', ') + '))';
      if (known(el, 'contrast')) knownFailures.push('contrast: ' + line); else lowContrast.push(line);
    }
  }

  // (e) nothing wider than the screen
  const width = window.innerWidth;
  const scrollWidth = document.scrollingElement.scrollWidth;
  const tooWide = [];
  if (scrollWidth > width + 1) {
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || clippedAway(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) {
        tooWide.push(describe(el) + ' right=' + Math.round(r.right));
      }
    }
  }

  // (g) no word broken inside: a run of letters, marks and digits (a Vietnamese syllable, a number, a part of a code)
  // must sit on one line; a long code may wrap only between such runs (after "-", "/", "."). Each word's rectangles
  // (Range.getClientRects) are compared: two rectangles that do not share a line box mean the word wraps inside.
  const brokenWords = [];
  let textsChecked = 0;
  const sameLine = (a, b) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 2;
  const multiLine = rects => {
    const lines = [...rects].filter(r => r.width >= 1 && r.height >= 1);
    return lines.some(r => !sameLine(r, lines[0]));
  };
  const range = document.createRange();
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    if (!n.textContent.trim()) continue;
    const el = n.parentElement;
    if (!el || el.closest('script, style, noscript, template, option, select, textarea, svg')) continue;
    if (!visible(el) || clippedAway(el)) continue;
    range.selectNodeContents(n);
    textsChecked++;
    if (!multiLine(range.getClientRects())) continue; // on one line: no word in it can wrap
    for (const m of n.textContent.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      if (m[0].length < 2) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      if (multiLine(range.getClientRects())) {
        const line = '"' + m[0] + '" in ' + describe(el);
        if (known(el, 'word')) knownFailures.push('word: ' + line); else brokenWords.push(line);
      }
    }
  }

  return {
    lang: document.documentElement.getAttribute('lang'),
    unlabelled, noAlternative, lowContrast, checked, skipped,
    scrollWidth, width, tooWide: tooWide.slice(0, 10), knownFailures,
    brokenWords: brokenWords.slice(0, 20), brokenWordCount: brokenWords.length, textsChecked
  };
  };

  // (c) keyboard: what Tab should reach, and what it does reach
  const focusable = () => [...document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=true]')]
      .filter(el => !el.disabled && (el.getAttribute('type') || '').toLowerCase() !== 'hidden' && el.tabIndex >= 0
          && !el.closest('[inert]') && visible(el));
  const tag = () => focusable().map((el, i) => {
    el.setAttribute('data-a11y-n', String(i));
    const radio = el.matches('input[type=radio]') ? 'radio:' + el.name : null;
    return {n: i, what: describe(el), group: radio};
  });
  const active = () => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return {n: -1, what: 'body', indicator: false};
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    const n = el.getAttribute('data-a11y-n');
    return {n: n == null ? -2 : Number(n), what: describe(el), indicator: outline || !!shadow,
      onScreen: visible(el) && !clippedAway(el)};
  };
  // Each focus as it happens, so a run of Tab presses is read back at once.
  const record = () => {
    window.ntmA11yFocus = [];
    document.addEventListener('focusin', () => window.ntmA11yFocus.push(active()), true);
  };
  return {audit, tag, active, record};
})();
