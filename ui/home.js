// The home screen: every saved connection, and where new secrets go.

import {
  connectionHealth, deleteDamagedRecord, listConnections, storeStatus, useFileStore, useKeychain, useTeamStore,
} from './api.js';
import { $, errorText, setFieldError, showError } from './dom.js';
import { has, relativeTime, said, storeIn, storeLabel, t, templateLabel } from './i18n.js';

let currentStore = null;
/** What a connection's action buttons do: set by initHome. */
let actions = {};

/** A check's verdict, as the connections screen says it (`verdict-working`, …). */
const verdict = (name) => (has(`verdict-${name}`) ? t(`verdict-${name}`) : name);

/** The one action that fixes a verdict: its button's message. */
const ACTIONS = {
  signInAgain: 'action-sign-in-again',
  askCustomer: 'action-ask-customer',
  replaceSecret: 'action-replace-secret',
};

/** Shows a check's outcome in a row's status cell, with the button that fixes it. */
function showHealth(td, connectionName, health) {
  const line = document.createElement('span');
  line.className = 'health-verdict';
  line.textContent = health.reachedWords
    ? `${verdict(health.verdict)} · ${said('reached', health.reachedWords)}`
    : verdict(health.verdict);
  td.replaceChildren(line);
  td.dataset.verdict = health.verdict;
  td.classList.toggle('status-bad', health.verdict !== 'working');
  if (health.problem) {
    const why = document.createElement('span');
    why.className = 'health-detail';
    why.textContent = errorText(health.problem);
    td.append(why);
  }
  const label = ACTIONS[health.action] && t(ACTIONS[health.action]);
  if (label) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary health-action';
    button.textContent = label;
    button.setAttribute('aria-label', t('action-for', { action: label, name: connectionName }));
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      actions[health.action]?.(connectionName);
    });
    td.append(button);
  }
}

/** Checks each signed-in connection (at most every few minutes) and shows what it found. */
function checkRows(connections) {
  for (const connection of connections.filter((c) => c.signedIn)) {
    const td = document.querySelector(`#connection-rows tr[data-name="${CSS.escape(connection.name)}"] .status`);
    if (!td) continue;
    connectionHealth(connection.name)
      .then((health) => showHealth(td, connection.name, health))
      .catch((error) => {
        td.title = errorText(error);
        td.dataset.verdict = 'unchecked';
      });
  }
}

/** "Connected · renews automatically" once signed in (a token's expiry is no concern of the
 * person's: `zcw token` and the app mint a new one), else the core's status. */
function statusText(connection) {
  return connection.signedIn ? t('status-connected-renews') : t('status-secret-saved');
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
  open.setAttribute('aria-label', t('open-connection', { name: connection.name }));
  name.append(open);
  tr.append(
    name,
    cell(connection.dc.toUpperCase()),
    cell(connection.clientId, 'mono'),
    cell(templateLabel(connection.template)),
    cell(storeLabel(connection.secretStore)),
    cell(statusText(connection), 'status'),
  );
  // The whole row opens the connection for mouse users; the name button is the keyboard path.
  tr.addEventListener('click', () => onOpen(connection.name));
  return tr;
}

async function showStore() {
  currentStore = await storeStatus();
  $('store-description').textContent = storeIn(currentStore.active);
  $('home-store').textContent = storeIn(currentStore.active);
}

// The team store's inputs, by the field names the core reports problems with.
const TEAM_FIELDS = {
  'team-address': 'team-address',
  'team-mount': 'team-mount',
  'team-prefix': 'team-prefix',
  'team-role-id': 'team-role-id',
};

const chosenStore = () => document.querySelector('input[name="store-choice"]:checked')?.value;

/** Shows the inputs the chosen store needs. */
function showStoreForm() {
  const choice = chosenStore();
  $('file-store-form').hidden = choice !== 'encrypted-file';
  $('team-store-form').hidden = choice !== 'vault';
  $('err-store').textContent = '';
}

function openPicker() {
  const active = currentStore?.active ?? 'keychain';
  for (const radio of document.querySelectorAll('input[name="store-choice"]')) {
    radio.checked = radio.value === active;
  }
  const team = currentStore?.team;
  if (team) {
    $('team-address').value = [team.address, ...(team.moreAddresses ?? [])].join('\n');
    $('team-mount').value = team.mount;
    $('team-prefix').value = team.prefix;
    $('team-ca-cert').value = team.caCert ?? '';
    $('team-namespace').value = team.namespace ?? '';
    $('team-role-id').value = team.roleId ?? '';
    $('team-secret-id-file').value = team.secretIdFile ?? '';
  }
  showStoreForm();
  $('store-changed').hidden = true;
  $('store-picker').hidden = false;
  $('change-store').setAttribute('aria-expanded', 'true');
  document.querySelector('input[name="store-choice"]:checked')?.focus();
}

function closePicker() {
  $('store-picker').hidden = true;
  $('change-store').setAttribute('aria-expanded', 'false');
  $('home-passphrase').value = '';
  $('home-passphrase-again').value = '';
  $('team-token').value = '';
}

function clearStoreErrors() {
  $('err-store').textContent = '';
  setFieldError('home-passphrase', '');
  for (const id of Object.values(TEAM_FIELDS)) setFieldError(id, '');
}

/** Saves the chosen store; returns the sentence that says what changed. */
async function saveChoice() {
  const choice = chosenStore();
  if (choice === 'keychain') {
    await useKeychain();
    return t('store-now-keychain');
  }
  if (choice === 'encrypted-file') {
    await useFileStore($('home-passphrase').value, $('home-passphrase-again').value);
    return t('store-now-encrypted-file');
  }
  const team = {
    address: $('team-address').value,
    mount: $('team-mount').value,
    prefix: $('team-prefix').value,
    caCert: $('team-ca-cert').value,
    namespace: $('team-namespace').value,
    roleId: $('team-role-id').value,
    secretIdFile: $('team-secret-id-file').value,
  };
  const token = $('team-token').value || null;
  const { check } = await useTeamStore(team, token);
  return t('store-now-team', { address: check.address, token: t(`token-${check.tokenSource.source}`, check.tokenSource), count: check.connections });
}

function showStoreError(error) {
  const field = error?.field && TEAM_FIELDS[error.field];
  if (field) {
    setFieldError(field, error);
    $(field).focus();
  } else if (error?.field === 'passphrase') {
    setFieldError('home-passphrase', error);
    $('home-passphrase').focus();
  } else {
    showError('err-store', error);
  }
}

export function initHome({ onNew, onResume, onChanged, onSignInAgain, onAskCustomer, onReplaceSecret }) {
  actions = { signInAgain: onSignInAgain, askCustomer: onAskCustomer, replaceSecret: onReplaceSecret };
  $('new-connection').addEventListener('click', onNew);
  $('resume-draft').addEventListener('click', onResume);
  $('change-store').addEventListener('click', () => {
    if ($('store-picker').hidden) openPicker();
    else closePicker();
  });
  for (const radio of document.querySelectorAll('input[name="store-choice"]')) {
    radio.addEventListener('change', showStoreForm);
  }
  $('cancel-store').addEventListener('click', () => {
    closePicker();
    $('change-store').focus();
  });
  $('confirm-store').addEventListener('click', async () => {
    clearStoreErrors();
    $('confirm-store').disabled = true;
    try {
      const done = await saveChoice();
      closePicker();
      await onChanged();
      $('store-changed').textContent = done;
      $('store-changed').hidden = false;
      $('change-store').focus();
    } catch (error) {
      showStoreError(error);
    } finally {
      $('confirm-store').disabled = false;
    }
  });
}

function button(text, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** A damaged team record: what is wrong, and the way out it names, asked once more before. */
function damagedRecord({ name, problem }, onDone) {
  const box = document.createElement('div');
  box.className = 'damaged-record';
  box.dataset.name = name;
  const line = document.createElement('p');
  showError(line, problem);
  const ask = () => {
    const question = document.createElement('p');
    question.textContent = t('damaged-question', { name });
    const failed = document.createElement('p');
    failed.className = 'error';
    const confirm = button(t('damaged-delete'), 'danger', async () => {
      try {
        await deleteDamagedRecord(name);
        await onDone();
      } catch (error) {
        showError(failed, error);
      }
    });
    box.replaceChildren(line, question, confirm, button(t('cancel'), 'secondary', () => box.replaceChildren(line, offer)), failed);
    confirm.focus();
  };
  const offer = button(t('damaged-offer'), 'danger-outline', ask);
  box.append(line, offer);
  return box;
}

/** A notice of what was done on the person's behalf, with a moment it names said from now. */
function noticeText(notice) {
  const at = Number(notice.args.at);
  return said('notice', { ...notice, args: { ...notice.args, when: at ? relativeTime(at - Date.now() / 1000) : '' } });
}

/** Renders the list; returns the connections shown. */
export async function showHome({ hasDraft, onOpen }) {
  let connections = [];
  let problems = [];
  let damaged = [];
  let notices = [];
  try {
    ({ connections, problems, damaged, notices } = await listConnections());
  } catch (error) {
    problems = [error];
  }
  const again = () => showHome({ hasDraft, onOpen });
  // The team store may be away, or a record damaged: say so beside what could be listed, each
  // problem with its details, and a way to try again.
  const lines = [...problems, ...notices.map(noticeText)].map((problem) => {
    const line = document.createElement('p');
    showError(line, problem);
    return line;
  });
  lines.push(...damaged.map((record) => damagedRecord(record, again)));
  if (problems.length) {
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'secondary';
    retry.textContent = t('try-again');
    retry.addEventListener('click', again);
    lines.push(retry);
  }
  $('list-error').replaceChildren(...lines);
  $('list-error').hidden = lines.length === 0;
  $('connection-rows').replaceChildren(...connections.map((c) => connectionRow(c, onOpen)));
  checkRows(connections);
  $('connections').hidden = connections.length === 0;
  $('no-connections').hidden = connections.length !== 0 || !$('list-error').hidden;
  $('draft-banner').hidden = !hasDraft;
  await showStore();
  return connections;
}
