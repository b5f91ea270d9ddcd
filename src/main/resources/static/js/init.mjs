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

// Long work (assembling a publication pack) says it is under way instead of looking stuck.
document.querySelectorAll('button[data-busy-text]').forEach((button) => {
  button.form.addEventListener('submit', () => {
    const status = button.form.querySelector('[data-busy-status]');
    button.textContent = button.dataset.busyText;
    button.setAttribute('aria-disabled', 'true');
    if (status) {
      status.textContent = button.dataset.busyText;
      status.classList.remove('govuk-visually-hidden');
    }
  });
});
