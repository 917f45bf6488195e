// Shows how far a file upload has got, for forms marked data-progress (evidence over a slow line). Without
// JavaScript the form posts as usual. The answer page (after the server's redirect) replaces the current one, so
// its messages are shown exactly as after a normal post.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var bar = form.matches && form.matches('form[data-progress]') ? form.querySelector('progress') : null;
  if (!bar || !window.FormData || !window.DOMParser) {
    return;
  }
  event.preventDefault();
  var xhr = new XMLHttpRequest();
  xhr.open('POST', form.action);
  xhr.upload.addEventListener('progress', function (e) {
    if (e.lengthComputable) {
      bar.max = e.total;
      bar.value = e.loaded;
    }
  });
  xhr.addEventListener('load', function () {
    var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    document.title = page.title;
    document.body.replaceWith(page.body);
    if (xhr.responseURL) {
      history.replaceState(null, '', xhr.responseURL);
    }
  });
  xhr.addEventListener('error', function () {
    form.submit();
  });
  bar.hidden = false;
  xhr.send(new FormData(form));
});
