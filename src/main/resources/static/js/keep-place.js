// Switching year or set keeps the user's place. The server builds each link to the same page in the other year
// (same criterion, same filters); only the browser knows which indicator is being read or edited, so this script
// records it in the address (#i-15.4) while the user works and carries it over to the links marked data-keep-anchor.
document.addEventListener('focusin', function (event) {
  var place = event.target.closest && event.target.closest('[data-place]');
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
