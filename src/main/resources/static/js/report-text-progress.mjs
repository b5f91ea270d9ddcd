// A page waiting for a report's text to be read shows how far it has got and reloads once it is
// read. Each waiting block names the URL of its status; without JavaScript its refresh link does this.
const waiting = [...document.querySelectorAll('[data-text-status-url]')];
const everyMs = 2000;

async function statusOf(block) {
  try {
    const response = await fetch(block.dataset.textStatusUrl, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    return response.ok ? await response.json() : null;
  } catch (error) {
    return null;
  }
}

async function poll() {
  let stillWorking = false;
  for (const block of waiting) {
    const status = await statusOf(block);
    if (status === null) {
      // signed out or offline: the refresh link still works
      return;
    }
    const progress = block.querySelector('[data-text-progress]');
    if (progress && progress.textContent !== status.message) {
      progress.textContent = status.message;
    }
    stillWorking = stillWorking || status.working;
  }
  if (stillWorking) {
    window.setTimeout(poll, everyMs);
  } else {
    window.location.reload();
  }
}

if (waiting.length > 0) {
  window.setTimeout(poll, everyMs);
}
