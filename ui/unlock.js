// "Unlock the encrypted file": the passphrase is asked for at the top of a screen, before the action
// that needs it, and once per run; its error sits under its own field. Any action that still finds
// the file locked (an agent stopped meanwhile) brings the same panel back.

import { storeStatus, unlockFileStore } from './api.js';
import { $, setFieldError } from './dom.js';

function show(shown) {
  $('unlock').hidden = !shown;
  document.body.toggleAttribute('data-unlocking', shown);
  if (!shown) {
    $('unlock-passphrase').value = '';
    setFieldError('unlock-passphrase', '');
  }
}

/** Shows the panel when the secrets of `place` (a connection's, or `null`: where new ones go) are
 * in the encrypted file and it is locked; whether it did. */
export async function offerUnlock(place = null) {
  const status = await storeStatus();
  const needed = (place ?? status.active) === 'encrypted-file' && !status.unlocked;
  show(needed);
  return needed;
}

/** An action found the file locked (`error` says so): the panel, its field focused. Whether
 * `error` was that; other errors are for the caller to show. */
export function unlockFirst(error) {
  if (error?.nextStep?.step !== 'enterPassphrase') return false;
  show(true);
  setFieldError('unlock-passphrase', error);
  $('unlock').scrollIntoView({ block: 'nearest' });
  $('unlock-passphrase').focus();
  return true;
}

async function unlock() {
  setFieldError('unlock-passphrase', '');
  try {
    await unlockFileStore($('unlock-passphrase').value);
    show(false);
    // Back to the screen the panel stood above, at its top.
    document.querySelector('main > section:not([hidden]):not(#unlock) h1')?.focus();
  } catch (error) {
    setFieldError('unlock-passphrase', error);
    $('unlock-passphrase').focus();
  }
}

export function initUnlock() {
  $('unlock-button').addEventListener('click', unlock);
  $('unlock-passphrase').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') unlock();
  });
  $('unlock-passphrase').addEventListener('input', () => setFieldError('unlock-passphrase', ''));
}
