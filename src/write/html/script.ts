/**
 * The page's one inline script (allowed by its hash in the Content-Security-Policy). It reads only
 * the page's own markup — sort keys and filter text are attributes the writer escaped — so no data
 * is passed as JSON and nothing from the input is ever evaluated. Without it the page still reads:
 * links jump to passages and metrics, the default chart shows; it adds sorting, filtering, the
 * chart selector, flashing the metric a table link names, and tooltips that work on touch screens.
 * Plain ES2020 in a string, so what the browser runs is exactly what was written and hashed.
 */
export const SCRIPT = String.raw`
'use strict';
(function () {
  var collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function sortKey(row, column) {
    return row.cells[column].getAttribute('data-sort') || '';
  }

  // The element an event happened in or under that matches; focus and pointer events may start on the document itself.
  function closest(event, selector) {
    return event.target instanceof Element ? event.target.closest(selector) : null;
  }

  function compareKeys(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
    return collator.compare(a, b);
  }

  // Sorting: a header button sorts its column, ascending first, then toggles; ties keep document order.
  document.querySelectorAll('table.districts').forEach(function (table) {
    var body = table.tBodies[0];
    table.tHead.addEventListener('click', function (event) {
      var button = closest(event, 'button');
      if (!button) return;
      var header = button.closest('th');
      var column = header.cellIndex;
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(header.parentNode.cells, function (cell) { cell.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var order = compareKeys(sortKey(a, column), sortKey(b, column));
        return (ascending ? order : -order) || compareKeys(sortKey(a, 0), sortKey(b, 0));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  // Filtering: every word typed must occur in the row's filter text (district, code, speaker, title, categories).
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('aria-controls'));
    var shown = document.getElementById(input.getAttribute('data-filter'));
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var count = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.getAttribute('data-filter');
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) count++;
      });
      shown.textContent = String(count);
    });
  });

  // The chart selector shows the figure of the chosen category.
  document.querySelectorAll('select[data-chart-select]').forEach(function (select) {
    var figures = select.closest('section').querySelectorAll('figure[data-category]');
    select.addEventListener('change', function () {
      figures.forEach(function (figure) { figure.hidden = figure.getAttribute('data-category') !== select.value; });
    });
  });

  // A metric link in the table scrolls to its mark in the text and flashes it.
  function flash(target) {
    document.querySelectorAll('.flash').forEach(function (element) { element.classList.remove('flash'); });
    void target.offsetWidth; // restarts the animation when the same mark is flashed twice
    target.classList.add('flash');
    target.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  document.addEventListener('click', function (event) {
    var link = closest(event, 'a.metric-link');
    if (!link) return;
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    event.preventDefault();
    flash(target);
  });

  // Opened with a metric's id after # (a link someone shared): flash it too. The page's ids are ASCII, so no decoding.
  var opened = location.hash && document.getElementById(location.hash.slice(1));
  if (opened && opened.matches('mark.metric')) flash(opened);

  // Tooltips: one floating box for every [data-tip], kept inside the viewport and next to its element
  // as the page scrolls; shown on hover, focus or tap.
  var tip = document.getElementById('tip');
  var tipped = null;
  function placeTip() {
    var box = tipped.getBoundingClientRect();
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var below = box.bottom + 6;
    tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + 'px';
    tip.style.top = (below + height > window.innerHeight - 8 ? box.top - height - 6 : below) + 'px';
  }
  function onPointer(event) {
    tipped = closest(event, '[data-tip]');
    tip.hidden = !tipped;
    if (!tipped) return;
    tip.textContent = tipped.getAttribute('data-tip');
    placeTip();
  }
  document.addEventListener('mouseover', onPointer);
  document.addEventListener('focusin', onPointer);
  document.addEventListener('click', onPointer);
  window.addEventListener('scroll', function () { if (tipped) placeTip(); }, { passive: true });
})();
`;
