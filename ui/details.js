// One connection: what it is registered as, and replace secret, rename and remove.

import { getConnection, removeConnection, renameConnection, replaceSecret } from './api.js';
import { storeName, templateName } from './home.js';
import { clearSecret, optionalPassphrase } from './secret-input.js';
import { registrationRows, valueRow } from './values.js';

const $ = (id) => document.getElementById(id);
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
  if (error.field === 'passphrase') {
    const field = document.querySelector(`#${panelId} .passphrase-field`);
    field.hidden = false;
    field.querySelector('input').focus();
  }
  $(slotId).textContent = error.message ?? String(error);
}

function closePanels() {
  for (const panel of PANELS) $(panel).hidden = true;
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
    button.addEventListener('click', closePanels);
  }
  $('show-replace').addEventListener('click', () => { openPanel('replace-form'); $('replace-secret').focus(); });
  $('show-rename').addEventListener('click', () => {
    openPanel('rename-form');
    $('rename-input').value = current.name;
    $('rename-input').focus();
  });
  $('show-remove').addEventListener('click', () => {
    openPanel('remove-form');
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
  $('show-connect').textContent = current.zoho ? 'Reconnect' : 'Connect';
  $('details-facts').replaceChildren(
    ...fact('Data centre', current.dc.toUpperCase()),
    ...fact('Client ID', current.clientId),
    ...fact('Integration', templateName(current.template)),
    ...fact('Secret stored in', storeName(current.secretStore)),
    ...(current.zoho
      ? [
        ...fact('Signed in as', current.zoho.email ?? '(profile scope not granted)'),
        ...fact('API domain', current.zoho.apiDomain ?? ''),
        ...fact('Access token valid until', when(current.zoho.accessExpiresAt)),
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
