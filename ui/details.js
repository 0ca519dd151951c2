// One connection: what it is registered as, and replace secret, rename and remove.

import { getConnection, removeConnection, renameConnection, replaceSecret } from './api.js';
import { $, errorText } from './dom.js';
import { clearSecret, optionalPassphrase } from './secret-input.js';
import { registrationRows, valueRow } from './values.js';
const PANELS = ['replace-form', 'rename-form', 'remove-form'];

let current = null;

function openPanel(id) {
  for (const panel of PANELS) $(panel).hidden = panel !== id;
  $('details-result').textContent = '';
  // The passphrase is asked for only when the app does not remember it (it says so on failure).
  for (const field of document.querySelectorAll('#details .passphrase-field')) field.hidden = true;
}

/** Shows an error in a panel, revealing its passphrase field when that is what is missing. */
function showPanelError(panelId, slotId, error) {
  if (error.field === 'passphrase' || error.nextStep?.step === 'enterPassphrase') {
    const field = document.querySelector(`#${panelId} .passphrase-field`);
    field.hidden = false;
    field.querySelector('input').focus();
  }
  $(slotId).textContent = errorText(error);
}

function closePanels() {
  for (const panel of PANELS) $(panel).hidden = true;
}

/** Closes the panel a Cancel button belongs to and returns focus to the button that opened it. */
function cancelPanel(event) {
  const panel = event.target.closest('.panel').id;
  closePanels();
  const opener = { 'replace-form': 'show-replace', 'rename-form': 'show-rename', 'remove-form': 'show-remove' }[panel];
  $(opener)?.focus();
}

function fact(label, value) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  return [dt, dd];
}

const when = (secs) => new Date(secs * 1000).toLocaleString();

export function initDetails({ onBack, onRemoved, onConnect }) {
  $('details-back').addEventListener('click', onBack);
  $('show-connect').addEventListener('click', () => onConnect(current.name));
  for (const button of document.querySelectorAll('#details .cancel-panel')) {
    button.addEventListener('click', cancelPanel);
  }
  $('show-replace').addEventListener('click', () => { openPanel('replace-form'); $('replace-secret').focus(); });
  $('show-rename').addEventListener('click', () => {
    openPanel('rename-form');
    $('rename-input').value = current.name;
    $('rename-input').focus();
  });
  $('show-remove').addEventListener('click', () => {
    openPanel('remove-form');
    $('confirm-remove').focus();
    $('remove-question').textContent =
      `Remove “${current.name}”? Its client secret is deleted from ${current.secretStoreDescription} `
      + 'and the connection leaves this list. The client stays registered in Zoho: delete it in the API console if you no longer need it.';
  });

  $('confirm-replace').addEventListener('click', async () => {
    $('err-replace-secret').textContent = '';
    try {
      const saved = await replaceSecret(current.name, $('replace-secret').value, optionalPassphrase($('replace-passphrase')));
      clearSecret($('replace-secret'));
      closePanels();
      $('details-result').textContent = `✓ New secret saved in ${saved.storedIn} · ••••${saved.secretLast4}`;
      $('show-replace').focus();
    } catch (error) {
      showPanelError('replace-form', 'err-replace-secret', error);
    }
  });
  $('confirm-rename').addEventListener('click', async () => {
    $('err-rename-input').textContent = '';
    try {
      const renamed = await renameConnection(current.name, $('rename-input').value, optionalPassphrase($('rename-passphrase')));
      await showDetails(renamed.name);
      $('details-result').textContent = `✓ Renamed to ${renamed.name}.`;
    } catch (error) {
      showPanelError('rename-form', 'err-rename-input', error);
    }
  });
  $('confirm-remove').addEventListener('click', async () => {
    $('err-remove').textContent = '';
    try {
      await removeConnection(current.name, optionalPassphrase($('remove-passphrase')));
      onRemoved(current.name);
    } catch (error) {
      showPanelError('remove-form', 'err-remove', error);
    }
  });
}

export async function showDetails(name) {
  current = await getConnection(name);
  closePanels();
  $('details-result').textContent = '';
  $('details-title').textContent = current.name;
  $('details-status').textContent = current.status;
  $('show-connect').textContent = current.signedIn ? 'Reconnect' : 'Connect';
  $('details-facts').replaceChildren(
    ...fact('Data centre', current.dc.toUpperCase()),
    ...fact('Client ID', current.clientId),
    ...fact('Integration', current.templateLabel),
    ...fact('Secret stored in', current.secretStoreLabel),
    ...(current.signedIn
      ? [
        ...fact('Signed in as', current.signedIn.email ?? '(profile scope not granted)'),
        ...fact('API domain', current.signedIn.apiDomain ?? ''),
        ...fact('Access token valid until', when(current.signedIn.accessExpiresAt)),
      ]
      : []),
    ...fact('Created', when(current.createdAt)),
    ...fact('Updated', when(current.updatedAt)),
  );
  $('details-values').replaceChildren(
    valueRow('client-id', 'Client ID', current.clientId),
    ...registrationRows(current),
  );
  return current;
}
