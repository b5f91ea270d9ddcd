import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();

// Forms that change records are sent once: a second click while the first is on its way does nothing.
document.querySelectorAll('form[data-submit-once]').forEach((form) => {
  form.addEventListener('submit', (event) => {
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
  });
});
