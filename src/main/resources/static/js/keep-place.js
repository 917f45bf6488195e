// Switching year or set keeps the user's place. The server builds each link to the same page in the other year
// (same criterion, same filters); only the browser knows which indicator is being read or edited, so this script
// records it in the address (#i-15.4) while the user works and carries it over to the links marked data-keep-anchor.
document.addEventListener('focusin', function (event) {
  // the year page's grid rows are places by their ids (i-15.4), without the attribute on every row
  var place = event.target.closest && event.target.closest('[data-place], table.indicators tr[id]');
  if (place && place.id && location.hash !== '#' + place.id) {
    history.replaceState(history.state, '', '#' + place.id);
  }
});
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-keep-anchor]');
  if (link && location.hash) {
    link.hash = location.hash;
  }
});
