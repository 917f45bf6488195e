// Pages updated in place by htmx fall back to what a plain form does when the in-place update cannot happen:
// a refusal or a server error (htmx would leave the page unchanged, as if nothing was sent) shows the server's
// page; a lost connection sends the form the ordinary way, so the browser reports it and offers to retry.
document.addEventListener('htmx:responseError', function (event) {
  var xhr = event.detail.xhr;
  var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
  document.title = page.title;
  document.body.replaceWith(page.body);
});
document.addEventListener('htmx:sendError', function (event) {
  var form = event.detail.elt.closest('form');
  if (form) {
    HTMLFormElement.prototype.submit.call(form);
  }
});
