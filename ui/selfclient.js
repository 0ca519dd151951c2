// The Self Client's own step 2: where to click in the console, the scopes to paste, then the
// downloaded self_client.json (Rust opens and reads it) or the values pasted. The code is
// exchanged at once; the file, which holds the secret in the clear, can be deleted after.

import { deleteSelfClientFile, importSelfClientFile, importSelfClientValues, openConsole } from './api.js';
import { writeClipboard } from './copy.js';
import { $, setFieldError, showError } from './dom.js';
import { clearSecret } from './secret-input.js';
import { unlockFirst } from './unlock.js';
import { copyKeys, dcLabel, t } from './i18n.js';

let dc = 'us';
let importedName = null;

function showImportError(error) {
  if (error.field === 'connection-name' || error.kind?.startsWith('connection_')) {
    setFieldError('self-name', error);
    $('self-name').focus();
    return;
  }
  showError('self-error-text', error);
  $('self-error').hidden = false;
}

async function importWith(run) {
  $('self-error').hidden = true;
  setFieldError('self-name', '');
  for (const id of ['self-choose-file', 'self-import-values']) $(id).disabled = true;
  try {
    const done = await run($('self-name').value, dc, null);
    if (!done) return; // the dialog was cancelled
    importedName = done.saved.connection.name;
    clearSecret($('self-client-secret'));
    $('self-code').value = '';
    $('self-done-text').textContent = t('self-saved', {
      name: importedName, dc: dc.toUpperCase(), store: done.saved.storedIn, last4: done.saved.secretLast4,
    });
    $('self-file-note').textContent = done.fileName
      ? t('self-file-warning', { file: done.fileName })
      : t('self-no-file');
    $('self-delete-file').hidden = !done.fileName;
    $('self-done').hidden = false;
    // Imported: the hand-over is the one main button now.
    $('self-choose-file').hidden = true;
    $('self-paste').hidden = true;
    $('self-handover').focus();
  } catch (error) {
    if (!unlockFirst(error)) showImportError(error);
  } finally {
    for (const id of ['self-choose-file', 'self-import-values']) $(id).disabled = false;
  }
}

export function initSelfClient({ onBack, onHandOver, onDone }) {
  $('self-back').addEventListener('click', onBack);
  $('self-open-console').addEventListener('click', async () => {
    try {
      const url = await openConsole(dc);
      $('self-console-status').textContent = t('console-opened', { url });
    } catch (error) {
      showError('self-console-status', error);
    }
  });
  $('self-scopes-copy').addEventListener('click', async () => {
    const ok = await writeClipboard($('self-scopes').value.trim());
    $('self-scopes-status').textContent = ok ? t('copied') : t('copy-scopes-by-hand', { keys: copyKeys() });
  });
  $('self-choose-file').addEventListener('click', () => importWith(importSelfClientFile));
  $('self-import-values').addEventListener('click', () => importWith((name, centre, passphrase) => importSelfClientValues({
    name,
    dc: centre,
    clientId: $('self-client-id').value,
    scopes: $('self-scopes').value,
  }, $('self-client-secret').value, $('self-code').value, passphrase)));
  $('self-delete-file').addEventListener('click', async () => {
    try {
      const path = await deleteSelfClientFile();
      $('self-file-note').textContent = t('self-file-deleted', { path });
      $('self-delete-file').hidden = true;
    } catch (error) {
      showError('self-file-note', error);
    }
  });
  $('self-handover').addEventListener('click', () => onHandOver(importedName));
  $('self-finish').addEventListener('click', onDone);
}

/** Step 2 for a Self Client in the data centre of step 1. */
export async function enterSelfClient(plan) {
  dc = plan.dc.id;
  importedName = null;
  $('self-dc').textContent = dcLabel(plan.dc);
  $('self-done').hidden = true;
  $('self-error').hidden = true;
  $('self-console-status').textContent = '';
  $('self-scopes-status').textContent = '';
  $('self-choose-file').hidden = false;
  $('self-paste').hidden = false;
}
