// Warns a signed-in person before their idle session ends, so they can keep it (WCAG 2.2.1,
// Timing Adjustable). The dialog (account/session-timeout.html) carries the timeout, the
// warning time and the words; without JavaScript nothing shows, and the next request after
// the end goes to sign-in with a message.
//
// Every page load counts as activity, in every tab: the time is shared through localStorage,
// so a person busy in one tab is not warned in another.
const dialog = document.getElementById('session-timeout');

if (dialog && typeof dialog.showModal === 'function') {
  const STORAGE_KEY = 'dhr.session.lastActivity';
  const timeoutMs = Number(dialog.dataset.timeoutSeconds) * 1000;
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000;
  const heading = dialog.querySelector('#session-timeout-heading');
  const text = dialog.querySelector('#session-timeout-text');
  const live = dialog.querySelector('[data-session-timeout-live]');
  const stay = dialog.querySelector('form[data-session-timeout-stay]');
  const pageLoadedAt = Date.now();
  let spoken = null;
  let focusBefore = null;

  const remember = (time) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, String(time));
    } catch (ignored) {
      // storage may be off: this tab then counts from its own page load
    }
  };

  const lastActivity = () => {
    let shared = 0;
    try {
      shared = Number(window.localStorage.getItem(STORAGE_KEY)) || 0;
    } catch (ignored) {
      shared = 0;
    }
    return Math.max(shared, pageLoadedAt);
  };

  const words = (remainingMs) => {
    if (remainingMs < 60000) {
      return dialog.dataset.inUnderAMinute;
    }
    const minutes = Math.ceil(remainingMs / 60000);
    return minutes === 1 ? dialog.dataset.inOneMinute : dialog.dataset.inMinutes.replace('{0}', String(minutes));
  };

  // The visible text follows the clock; screen readers hear it again only when the words change.
  const say = (message, announce) => {
    text.textContent = message;
    if (message !== spoken) {
      if (announce) {
        live.textContent = message;
      }
      spoken = message;
    }
  };

  const open = (remainingMs) => {
    focusBefore = document.activeElement;
    say(words(remainingMs), false);
    dialog.showModal();
    heading.focus();
  };

  const close = () => {
    dialog.close();
    live.textContent = '';
    spoken = null;
    if (focusBefore && typeof focusBefore.focus === 'function') {
      focusBefore.focus();
    }
  };

  // Ask for the same page again: with the session over, the server sends it to sign-in and back.
  const signInAgain = () => {
    window.location.assign(window.location.href.split('#')[0]);
  };

  const staySignedIn = () => {
    window
      .fetch(stay.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(stay)),
        credentials: 'same-origin',
        redirect: 'manual',
      })
      .then((response) => {
        if (response.status === 204) {
          remember(Date.now());
          close();
        } else {
          signInAgain();
        }
      })
      .catch(() => {
        // the network is down: leave the warning open, the button can be pressed again
      });
  };

  stay.addEventListener('submit', (event) => {
    event.preventDefault();
    staySignedIn();
  });

  // Escape means "I am still here", as the button does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    staySignedIn();
  });

  const tick = () => {
    const remainingMs = timeoutMs - (Date.now() - lastActivity());
    if (remainingMs <= 0) {
      signInAgain();
    } else if (remainingMs <= warningMs) {
      if (dialog.open) {
        say(words(remainingMs), true);
      } else {
        open(remainingMs);
      }
    } else if (dialog.open) {
      // another tab kept the session
      close();
    }
  };

  remember(pageLoadedAt);
  window.setInterval(tick, 1000);
}
