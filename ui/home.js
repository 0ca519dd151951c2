// The home screen: every saved connection, and where new secrets go.

import { listConnections, storeStatus, useFileStore, useKeychain } from './api.js';
import { $, errorText } from './dom.js';

let currentStore = null;

/** "Connected · token until 14:05" once tokens exist, else the core's status. */
function statusText(connection) {
  if (!connection.signedIn) return connection.status;
  const until = new Date(connection.signedIn.accessExpiresAt * 1000)
    .toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${connection.status} · token until ${until}`;
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function connectionRow(connection, onOpen) {
  const tr = document.createElement('tr');
  tr.dataset.name = connection.name;
  const name = document.createElement('td');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link-button open-connection';
  open.textContent = connection.name;
  open.setAttribute('aria-label', `Open ${connection.name}`);
  name.append(open);
  tr.append(
    name,
    cell(connection.dc.toUpperCase()),
    cell(connection.clientId, 'mono'),
    cell(connection.templateLabel),
    cell(connection.secretStoreLabel),
    cell(statusText(connection), 'status'),
  );
  // The whole row opens the connection for mouse users; the name button is the keyboard path.
  tr.addEventListener('click', () => onOpen(connection.name));
  return tr;
}

async function showStore() {
  currentStore = await storeStatus();
  $('store-description').textContent = currentStore.description;
  $('home-store').textContent = currentStore.description;
  $('switch-store').textContent = currentStore.active === 'keychain'
    ? 'Use an encrypted file instead…'
    : 'Switch back to the OS keychain';
}

export function initHome({ onNew, onResume }) {
  $('new-connection').addEventListener('click', onNew);
  $('resume-draft').addEventListener('click', onResume);
  $('switch-store').addEventListener('click', async () => {
    if (currentStore?.active === 'keychain') {
      $('file-store-form').hidden = false;
      $('home-passphrase').focus();
    } else {
      await useKeychain();
      await showStore();
    }
  });
  $('cancel-file-store').addEventListener('click', () => {
    $('file-store-form').hidden = true;
    $('switch-store').focus();
  });
  $('confirm-file-store').addEventListener('click', async () => {
    $('err-home-passphrase').textContent = '';
    try {
      await useFileStore($('home-passphrase').value, $('home-passphrase-again').value);
      $('home-passphrase').value = '';
      $('home-passphrase-again').value = '';
      $('file-store-form').hidden = true;
      await showStore();
      $('switch-store').focus();
    } catch (error) {
      $('err-home-passphrase').textContent = errorText(error);
      $('home-passphrase').focus();
    }
  });
}

/** Renders the list; returns the connections shown. */
export async function showHome({ hasDraft, onOpen }) {
  const connections = await listConnections();
  $('connection-rows').replaceChildren(...connections.map((c) => connectionRow(c, onOpen)));
  $('connections').hidden = connections.length === 0;
  $('no-connections').hidden = connections.length !== 0;
  $('draft-banner').hidden = !hasDraft;
  $('file-store-form').hidden = true;
  await showStore();
  return connections;
}
