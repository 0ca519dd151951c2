/**
 * The app's own updates: "Check for updates" beside the version, a look at start once a day
 * (unless turned off), the offer with its notes, and "Install and restart" for an app that
 * replaces itself; a .deb or .rpm is updated by the package manager, whose command is shown.
 */
import { checkForUpdate, installUpdate, setAutomaticUpdates, updateStatus } from './api.js';
import { $, showError } from './dom.js';
import { t } from './i18n.js';

/** The command that brings the new version where the system's package manager owns the app. */
const COMMANDS = { apt: 'sudo apt update && sudo apt upgrade', dnf: 'sudo dnf upgrade' };

/** Shows the panel; asked for from the foot of the screen, it comes into view with the focus. */
function open({ bringIntoView = false } = {}) {
  $('update-panel').hidden = false;
  $('update-error').textContent = '';
  if (bringIntoView) {
    $('update-panel').scrollIntoView({ block: 'start' });
    $('update-title').focus();
  }
}

function close() {
  $('update-panel').hidden = true;
}

/** Shows what a look found: an offer, or that this is the newest version. */
function show({ offer, way }, running) {
  $('update-offer').hidden = !offer;
  if (!offer) {
    $('update-said').textContent = t('update-newest', { running });
    return;
  }
  $('update-said').textContent = t('update-available', { version: offer.version, running });
  // The feed's own words, shown as text: never markup, never a button's label.
  $('update-notes').textContent = offer.notes || t('update-no-notes');
  const packaged = way !== 'in-app';
  $('update-in-app').hidden = packaged;
  $('update-package').hidden = !packaged;
  if (packaged) {
    $('update-package-said').textContent = t('update-package', { manager: way });
    $('update-command').textContent = COMMANDS[way];
  }
}

async function look(automatic) {
  const status = await updateStatus();
  $('auto-updates').checked = status.automatic;
  if (!automatic) {
    open({ bringIntoView: true });
    $('update-said').textContent = t('update-looking');
    $('update-offer').hidden = true;
  }
  try {
    const found = await checkForUpdate(automatic);
    // At start, only news is worth a panel.
    if (automatic && !found.offer) return;
    open();
    show(found, status.running);
  } catch (error) {
    if (automatic) return; // a look at start that failed stays quiet; the next start tries again
    $('update-said').textContent = '';
    showError('update-error', error);
  }
}

export function initUpdates() {
  $('check-updates').addEventListener('click', () => look(false));
  $('close-updates').addEventListener('click', close);
  $('dismiss-update').addEventListener('click', close);
  $('auto-updates').addEventListener('change', async (event) => {
    try {
      await setAutomaticUpdates(event.target.checked);
    } catch (error) {
      showError('update-error', error);
    }
  });
  $('install-update').addEventListener('click', async () => {
    $('install-update').disabled = true;
    $('dismiss-update').disabled = true;
    $('update-error').textContent = '';
    $('update-said').textContent = t('update-installing');
    try {
      await installUpdate(); // the app starts again when it succeeds
    } catch (error) {
      $('update-said').textContent = '';
      $('update-offer').hidden = true;
      showError('update-error', error);
    } finally {
      $('install-update').disabled = false;
      $('dismiss-update').disabled = false;
    }
  });
  look(true).catch(() => {});
}
