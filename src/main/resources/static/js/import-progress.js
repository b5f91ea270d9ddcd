// The back-catalogue page says how many letters have been read, and reloads itself once
// every letter has been. Without JavaScript the page's refresh link does the same.
(function () {
  const region = document.querySelector('[data-progress-url]');
  if (!region) {
    return;
  }
  const text = region.querySelector('[data-progress-text]');
  const poll = () => {
    fetch(region.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((progress) => {
        if (text && text.textContent !== progress.text) {
          text.textContent = progress.text;
        }
        if (progress.done) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 3000);
        }
      })
      .catch(() => window.setTimeout(poll, 10000));
  };
  window.setTimeout(poll, 3000);
})();
