// The home screen: every saved connection, and where new secrets go.

import { listConnections, storeStatus, useFileStore, useKeychain } from './api.js';

const $ = (id) => document.getElementById(id);

const TEMPLATE_NAMES = { catalyst: 'Catalyst app', hotglue: 'Hotglue / Optiply', custom: 'Custom' };
const STORE_NAMES = { 'keychain': 'OS keychain', 'encrypted-file': 'Encrypted file' };

export const templateName = (id) => TEMPLATE_NAMES[id] ?? id;
export const storeName = (id) => STORE_NAMES[id] ?? id;

let currentStore = null;

/** "Connected · token until 14:05" once tokens exist, else the core's status. */
function statusText(profile) {
  if (!profile.zoho) return profile.status;
  const until = new Date(profile.zoho.accessExpiresAt * 1000)
    .toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${profile.status} · token until ${until}`;
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function profileRow(profile, onOpen) {
  const tr = document.createElement('tr');
  tr.dataset.name = profile.name;
  const name = document.createElement('td');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link-button open-profile';
  open.textContent = profile.name;
  open.setAttribute('aria-label', `Open ${profile.name}`);
  name.append(open);
  tr.append(
    name,
    cell(profile.dc.toUpperCase()),
    cell(profile.clientId, 'mono'),
    cell(templateName(profile.template)),
    cell(storeName(profile.secretStore)),
    cell(statusText(profile), 'status'),
  );
  // The whole row opens the connection for mouse users; the name button is the keyboard path.
  tr.addEventListener('click', () => onOpen(profile.name));
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
  $('cancel-file-store').addEventListener('click', () => { $('file-store-form').hidden = true; });
  $('confirm-file-store').addEventListener('click', async () => {
    $('err-home-passphrase').textContent = '';
    try {
      await useFileStore($('home-passphrase').value, $('home-passphrase-again').value);
      $('home-passphrase').value = '';
      $('home-passphrase-again').value = '';
      $('file-store-form').hidden = true;
      await showStore();
    } catch (error) {
      $('err-home-passphrase').textContent = error.message ?? String(error);
    }
  });
}

/** Renders the list; returns the profiles shown. */
export async function showHome({ hasDraft, onOpen }) {
  const profiles = await listConnections();
  $('profile-rows').replaceChildren(...profiles.map((p) => profileRow(p, onOpen)));
  $('profiles').hidden = profiles.length === 0;
  $('no-profiles').hidden = profiles.length !== 0;
  $('draft-banner').hidden = !hasDraft;
  $('file-store-form').hidden = true;
  await showStore();
  return profiles;
}
