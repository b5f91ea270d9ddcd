// Warns a signed-in person before their idle session ends, so they can keep it (WCAG 2.2.1,
// Timing Adjustable). The dialog (account/session-timeout.html) carries the seconds the session
// has left as the server keeps it, the whole idle timeout, the warning time and the words;
// without JavaScript nothing shows, and the next request after the end goes to sign-in with a
// message.
//
// The server may leave a session's stored last access as it is for a page loaded soon after
// another (up to a thirtieth of the timeout), so a page load does not always restart the full
// timeout: each page counts down from the end the server gave it. The latest end is shared
// through localStorage, so a person busy in one tab is not warned in another.
const dialog = document.getElementById('session-timeout');

if (dialog && typeof dialog.showModal === 'function') {
  const STORAGE_KEY = 'dhr.session.endsAt';
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000;
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000;
  const heading = dialog.querySelector('#session-timeout-heading');
  const text = dialog.querySelector('#session-timeout-text');
  const live = dialog.querySelector('[data-session-timeout-live]');
  const stay = dialog.querySelector('form[data-session-timeout-stay]');
  const endsAtLoad = Date.now() + Number(dialog.dataset.timeoutSeconds) * 1000;
  let spoken = null;
  let focusBefore = null;

  const sharedEnd = () => {
    try {
      return Number(window.localStorage.getItem(STORAGE_KEY)) || 0;
    } catch (ignored) {
      return 0;
    }
  };

  const remember = (endsAt) => {
    try {
      if (endsAt > sharedEnd()) {
        window.localStorage.setItem(STORAGE_KEY, String(endsAt));
      }
    } catch (ignored) {
      // storage may be off: this tab then counts from its own page load
    }
  };

  const endsAt = () => Math.max(sharedEnd(), endsAtLoad);

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
          // the server always keeps this request's access: the whole timeout from now
          remember(Date.now() + idleMs);
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
    const remainingMs = endsAt() - Date.now();
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

  remember(endsAtLoad);
  window.setInterval(tick, 1000);
}
