// A page showing work under way in the background (a large import) reloads itself every few
// seconds until the work is done. Without JavaScript, the page's refresh link does the same.
const waiting = document.querySelector('[data-refresh-while-waiting]');

if (waiting) {
  window.setTimeout(() => window.location.reload(), 3000);
}
