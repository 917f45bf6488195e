// While a long upload or apply runs, say so and show how many rows are done (asked every second).
(function () {
  document.querySelectorAll('form[data-progress-form]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var status = form.querySelector('.progress');
      var button = form.querySelector('button[type=submit]');
      status.textContent = form.dataset.processing;
      setTimeout(function () { button.disabled = true; }, 0);
      setInterval(function () {
        fetch(form.dataset.progressUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (s) {
            if (s && s.total) {
              status.textContent = form.dataset.counting.replace('{0}', s.done).replace('{1}', s.total);
            }
          })
          .catch(function () {});
      }, 1000);
    });
  });
})();
