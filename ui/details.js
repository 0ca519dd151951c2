// One connection: what it is registered as, and replace secret, rename and remove.

import { disconnectConnection, getConnection, removeConnection, renameConnection, replaceSecret } from './api.js';
import { $, showError } from './dom.js';
import { clearSecret } from './secret-input.js';
import { unlockFirst } from './unlock.js';
import { registrationRows, valueRow } from './values.js';
import { formatDate, storeIn, storeLabel, t, templateLabel } from './i18n.js';
const PANELS = ['replace-form', 'rename-form', 'remove-form', 'disconnect-form'];

let current = null;

function openPanel(id) {
  for (const panel of PANELS) $(panel).hidden = panel !== id;
  $('details-result').textContent = '';
}

/** Shows an error in a panel; a locked encrypted file is asked for at the top instead. */
function showPanelError(slotId, error) {
  if (!unlockFirst(error)) showError(slotId, error);
}

function closePanels() {
  for (const panel of PANELS) $(panel).hidden = true;
}

/** Closes the panel a Cancel button belongs to and returns focus to the button that opened it. */
function cancelPanel(event) {
  const panel = event.target.closest('.panel').id;
  closePanels();
  const opener = {
    'replace-form': 'show-replace',
    'rename-form': 'show-rename',
    'remove-form': 'show-remove',
    'disconnect-form': 'show-disconnect',
  }[panel];
  $(opener)?.focus();
}

function fact(label, value) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  return [dt, dd];
}

// A date nobody misreads (not 12/2 for 2 December): the month spelt out.
const when = (secs) => formatDate(new Date(secs * 1000), { dateStyle: 'medium', timeStyle: 'short' });

/** Revokes at Zoho (or, `localOnly`, deletes here only); offers "here only" when Zoho is away. */
async function endSignIn(action, { localOnly, errorId, localButton, onEnded }) {
  $(errorId).textContent = '';
  try {
    const ended = await action(current.name, null, localOnly);
    $(localButton).hidden = true;
    await onEnded(ended);
  } catch (error) {
    $(localButton).hidden = error.nextStep?.step !== 'deleteLocally';
    showPanelError(errorId, error);
  }
}

export function initDetails({ onBack, onRemoved, onConnect, onHandOver, onReconnect }) {
  $('details-back').addEventListener('click', onBack);
  $('show-reconnect').addEventListener('click', () => onReconnect(current.name));
  $('show-connect').addEventListener('click', () => onConnect(current.name));
  $('show-handover').addEventListener('click', () => onHandOver(current.name));
  $('show-disconnect').addEventListener('click', () => {
    openPanel('disconnect-form');
    $('disconnect-local').hidden = true;
    $('disconnect-question').textContent = t('disconnect-question', { name: current.name });
    $('confirm-disconnect').focus();
  });
  const disconnected = async (ended) => {
    await showDetails(current.name);
    $('details-result').textContent = `✓ ${t(`disconnected-${ended.outcome}`, { name: current.name })}`;
    $('show-connect').focus();
  };
  for (const [button, localOnly] of [['confirm-disconnect', false], ['disconnect-local', true]]) {
    $(button).addEventListener('click', () => endSignIn(disconnectConnection, {
      localOnly, errorId: 'err-disconnect', localButton: 'disconnect-local', onEnded: disconnected,
    }));
  }
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
    $('remove-local').hidden = true;
    $('confirm-remove').focus();
    $('remove-question').textContent = t(current.signedIn ? 'remove-question-signed-in' : 'remove-question', {
      name: current.name, store: storeIn(current.secretStore),
    });
  });

  $('confirm-replace').addEventListener('click', async () => {
    $('err-replace-secret').textContent = '';
    try {
      const saved = await replaceSecret(current.name, $('replace-secret').value, null);
      clearSecret($('replace-secret'));
      closePanels();
      $('details-result').textContent = t('new-secret-saved', { store: storeIn(saved.connection.secretStore), last4: saved.secretLast4 });
      $('show-replace').focus();
    } catch (error) {
      showPanelError('err-replace-secret', error);
    }
  });
  $('confirm-rename').addEventListener('click', async () => {
    $('err-rename-input').textContent = '';
    try {
      const renamed = await renameConnection(current.name, $('rename-input').value, null);
      await showDetails(renamed.name);
      $('details-result').textContent = t('renamed', { name: renamed.name });
    } catch (error) {
      showPanelError('err-rename-input', error);
    }
  });
  for (const [button, localOnly] of [['confirm-remove', false], ['remove-local', true]]) {
    $(button).addEventListener('click', () => endSignIn(removeConnection, {
      localOnly, errorId: 'err-remove', localButton: 'remove-local',
      onEnded: () => onRemoved(current.name),
    }));
  }
}

/** Opens the Replace secret panel (the connections screen's "Replace the secret"). */
export function openReplace() {
  $('show-replace').click();
}

export async function showDetails(name) {
  current = await getConnection(name);
  closePanels();
  $('details-result').textContent = '';
  $('details-title').textContent = current.name;
  $('details-status').textContent = t(current.signedIn ? 'status-connected' : 'status-secret-saved');
  $('show-connect').textContent = t(current.signedIn ? 'action-sign-in-again' : 'sign-in-to-zoho');
  $('show-disconnect').hidden = !current.signedIn;
  // Imported from a customer's reply: its sign-in is the customer's to make again.
  $('show-reconnect').hidden = !current.importedAt;
  $('details-facts').replaceChildren(
    ...fact(t('fact-dc'), current.dc.toUpperCase()),
    ...fact(t('fact-client-id'), current.clientId),
    ...fact(t('fact-integration'), templateLabel(current.template)),
    ...fact(t('fact-secret-in'), storeLabel(current.secretStore)),
    ...(current.signedIn
      ? [
        ...fact(t('fact-signed-in-as'), current.signedIn.email ?? t('no-profile-scope')),
        ...fact(t('fact-api-domain'), current.signedIn.apiDomain ?? ''),
        ...fact(t('fact-access-until'), when(current.signedIn.accessExpiresAt)),
      ]
      : []),
    ...fact(t('fact-created'), when(current.createdAt)),
    ...fact(t('fact-updated'), when(current.updatedAt)),
  );
  $('details-values').replaceChildren(
    valueRow('client-id', t('fact-client-id'), current.clientId),
    ...registrationRows(current),
  );
  return current;
}
