// Progressive enhancement of the documents page (layouts/documents.mustache):
// filters (year, issuer, type, text search that ignores Vietnamese
// diacritics, đ = d) and sorting by column. Without this file the page shows
// the full table, newest first. No libraries, no external requests.
(function () {
  'use strict';
  var table = document.getElementById('danh_muc_van_ban');
  var form = document.getElementById('loc_van_ban');
  var status = document.getElementById('so_van_ban');
  if (!table || !form || !status || !table.tBodies.length || !''.normalize) return;

  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var total = rows.length;
  var query = form.elements.q;
  var year = form.elements.nam;
  var issuer = form.elements.co_quan;
  var type = form.elements.loai;

  // "Kế hoạch Đội" -> "ke hoach doi"
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  }

  // The text searched: every cell but the last one (the file link).
  rows.forEach(function (row, i) {
    var cells = Array.prototype.slice.call(row.cells, 0, -1);
    row._wtIndex = i;
    row._wtText = fold(
      cells
        .map(function (cell) {
          return cell.textContent;
        })
        .join(' ')
    );
  });

  // --- filtering -----------------------------------------------------------
  var announceTimer = 0;
  function announce(shown) {
    var text =
      shown === total
        ? 'Có ' + total + ' văn bản.'
        : shown === 0
          ? 'Không có văn bản nào phù hợp (trên tổng số ' + total + ' văn bản).'
          : 'Đang hiển thị ' + shown + ' trên tổng số ' + total + ' văn bản.';
    // Wait until typing pauses so that screen readers announce the count once.
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      status.textContent = text;
    }, 400);
  }

  function apply() {
    var words = fold(query.value).split(' ').filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var ok =
        (!year.value || row.getAttribute('data-year') === year.value) &&
        (!issuer.value || row.getAttribute('data-issuer') === issuer.value) &&
        (!type.value || row.getAttribute('data-type') === type.value) &&
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
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });

  // Filters may come in the address: /van-ban/?q=ke+hoach&nam=2025
  if (window.URLSearchParams) {
    var params = new URLSearchParams(window.location.search);
    [query, year, issuer, type].forEach(function (field) {
      var value = params.get(field.name);
      if (value !== null) field.value = value;
    });
  }

  form.hidden = false;
  if (query.value || year.value || issuer.value || type.value) apply();

  // --- sorting -------------------------------------------------------------
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sortState = table.querySelector('.doc-sort-state');
  var collator = window.Intl && Intl.Collator ? new Intl.Collator('vi', { numeric: true }) : null;

  function key(row, column, kind) {
    var cell = row.cells[column];
    if (kind === 'date') return cell.getAttribute('data-value') || '';
    return cell.textContent.trim();
  }

  function sortBy(column, kind, descending) {
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a, column, kind);
      var y = key(b, column, kind);
      var c = kind === 'date' ? (x < y ? -1 : x > y ? 1 : 0) : collator ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
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
      var name = headers[column].getAttribute('data-label');
      sortState.textContent =
        kind === 'date'
          ? ', sắp xếp theo ' + name.toLowerCase() + (descending ? ', mới nhất ở trên' : ', cũ nhất ở trên')
          : ', sắp xếp theo ' + name.toLowerCase() + (descending ? ' (Z đến A)' : ' (A đến Z)');
    }
  }

  headers.forEach(function (th, column) {
    var kind = th.getAttribute('data-sort');
    if (!kind) return;
    var label = th.textContent.trim();
    th.setAttribute('data-label', label);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = label;
    var icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.appendChild(icon);
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var current = th.getAttribute('aria-sort');
      // First click: newest first for dates, A to Z for text; then toggle.
      var descending = current ? current === 'ascending' : kind === 'date';
      sortBy(column, kind, descending);
    });
  });
})();
