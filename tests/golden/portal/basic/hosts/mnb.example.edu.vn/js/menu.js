// Progressive enhancement only: the site works without this file.
// On wide screens the main menu is always shown. Browsers that know
// ::details-content do that in CSS; for the others, open the <details> here.
(function () {
  var menu = document.querySelector('.site-nav details');
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia('(min-width: 56em)');
  function sync() {
    if (wide.matches) menu.open = true;
  }
  sync();
  if (wide.addEventListener) wide.addEventListener('change', sync);
})();
