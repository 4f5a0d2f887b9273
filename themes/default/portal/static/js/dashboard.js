// Progressive enhancement of the portal's compliance dashboard
// (layouts/portal-dashboard.mustache): sorting by any column (numbers where
// the cell carries data-value, Vietnamese collation for names: "Đ" after
// "D") and filters (text that ignores diacritics, đ = d; commune or ward;
// school type; only the schools with a problem). Without this file the page
// is the full table in portal.yaml order. No libraries, no external requests.
(function () {
  'use strict';
  var table = document.getElementById('bang_theo_doi');
  var form = document.getElementById('loc_bang_theo_doi');
  var status = document.getElementById('so_truong');
  if (!table || !form || !status || !table.tBodies.length || !table.tHead || !''.normalize) return;

  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var total = rows.length;
  var query = form.elements.q;
  var commune = form.elements.xa;
  var type = form.elements.loai;
  var problems = form.elements.van_de;

  // "Trường THCS Đống Đa" -> "truong thcs dong da"
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }

  // The text searched: name, commune or ward, managing body, school type.
  rows.forEach(function (row, i) {
    row._wtIndex = i;
    row._wtText = fold(
      Array.prototype.slice
        .call(row.cells, 0, 4)
        .map(function (cell) {
          return cell.textContent + ' ' + (cell.querySelector('abbr') ? cell.querySelector('abbr').title : '');
        })
        .join(' ')
    );
  });

  // --- filtering -----------------------------------------------------------
  var announceTimer = 0;
  function announce(shown) {
    var text =
      shown === total
        ? 'Có ' + total + ' trường.'
        : shown === 0
          ? 'Không có trường nào phù hợp (trên tổng số ' + total + ' trường).'
          : 'Đang hiển thị ' + shown + ' trên tổng số ' + total + ' trường.';
    // Wait until typing pauses so that screen readers announce the count once.
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      status.textContent = text;
    }, 300);
  }

  function apply() {
    var words = fold(query.value).split(' ').filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var ok =
        (!commune.value || row.getAttribute('data-commune') === commune.value) &&
        (!type.value || row.getAttribute('data-type') === type.value) &&
        (!problems.checked || row.getAttribute('data-problem') === '1') &&
        words.every(function (w) {
          return row._wtText.indexOf(w) !== -1;
        });
      row.hidden = !ok;
      if (ok) shown++;
    });
    announce(shown);
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    apply();
  });

  // Filters may come in the address: /bang-theo-doi/?xa=X%C3%A3+Gia+L%C3%A2m&van_de=1
  if (window.URLSearchParams) {
    var params = new URLSearchParams(window.location.search);
    [query, commune, type].forEach(function (field) {
      var value = params.get(field.name);
      if (value !== null) field.value = value;
    });
    problems.checked = params.get('van_de') === '1';
  }

  form.hidden = false;
  if (query.value || commune.value || type.value || problems.checked) apply();

  // --- sorting -------------------------------------------------------------
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sortState = table.querySelector('.dash-sort-state');
  var collator = window.Intl && Intl.Collator ? new Intl.Collator('vi', { numeric: true }) : null;

  // Without Intl: Vietnamese letter order by hand (ă â after a, đ after d,
  // ê after e, ô ơ after o, ư after u), tones only when all else is equal.
  var ORDER = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
  function baseKey(text) {
    var out = '';
    var decomposed = text.toLowerCase().normalize('NFD');
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed[i];
      var next = decomposed[i + 1];
      // The marks that make a letter (breve, circumflex, horn) stay with it; tone marks do not.
      if (next && /[\u0306\u0302\u031b]/.test(next)) {
        c = (c + next).normalize('NFC');
        i++;
      } else if (/[\u0300-\u036f]/.test(c)) {
        continue;
      }
      var at = ORDER.indexOf(c);
      out += at === -1 ? c : String.fromCharCode(0x100 + at);
    }
    return out;
  }
  function compareText(x, y) {
    if (collator) return collator.compare(x, y);
    var a = baseKey(x);
    var b = baseKey(y);
    return a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0;
  }

  function key(row, column, kind) {
    var cell = row.cells[column];
    if (kind === 'number') return parseFloat(cell.getAttribute('data-value'));
    return cell.textContent.trim();
  }

  function sortBy(column, kind, descending) {
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a, column, kind);
      var y = key(b, column, kind);
      var c = kind === 'number' ? (isNaN(x) ? -1 : x) - (isNaN(y) ? -1 : y) : compareText(x, y);
      if (descending) c = -c;
      return c || a._wtIndex - b._wtIndex;
    });
    sorted.forEach(function (row) {
      tbody.appendChild(row);
    });
    headers.forEach(function (th, i) {
      if (i === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    if (sortState) {
      sortState.textContent =
        ', sắp xếp theo ' +
        headers[column].getAttribute('data-label') +
        (kind === 'number'
          ? descending
            ? ', lớn nhất ở trên'
            : ', nhỏ nhất ở trên'
          : descending
            ? ' (Z đến A)'
            : ' (A đến Z)');
    }
  }

  headers.forEach(function (th, column) {
    var kind = th.getAttribute('data-sort');
    if (!kind) return;
    // The label is what a screen reader reads of the header (a requirement's
    // name rather than its column number).
    var hidden = th.querySelector('.visually-hidden');
    th.setAttribute('data-label', (hidden ? hidden.textContent : th.textContent).trim());
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    while (th.firstChild) button.appendChild(th.firstChild);
    var icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.appendChild(icon);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var current = th.getAttribute('aria-sort');
      // First click: A to Z for text, largest first for numbers; then toggle.
      var descending = current ? current === 'ascending' : kind === 'number';
      sortBy(column, kind, descending);
    });
  });
})();
