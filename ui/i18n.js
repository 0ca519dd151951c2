// Every word on the screens, from the language catalogs (Project Fluent): `t(id, args)` for text
// the views make, and `data-l10n-id` on the page's own elements. The catalog comes from Rust with
// the language it chose; a message the translation lacks is taken from English.

import { FluentBundle, FluentResource } from './vendor/fluent-bundle/index.js';

let bundles = [];
let current = 'en';

/** Elements a translation may put around words; anything else in a message is only its text. */
const MARKUP = new Set(['b', 'strong', 'em', 'i', 'code', 'small', 'kbd', 'bdi']);
/** Attributes a message may set on its element. */
const ATTRIBUTES = new Set(['placeholder', 'aria-label', 'title']);

/**
 * The pseudo-locale's English: every vowel accented and doubled, about 40 % longer, so text that
 * is not in the catalogs stands out and text that outgrows its box shows. Markup stays as it is.
 */
const ACCENTED = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };
const pseudo = (text) => text.split(/(<[^>]*>)/)
  .map((part, i) => (i % 2 ? part : part.replace(/[aeiouAEIOU]/g, (c) => ACCENTED[c].repeat(2))))
  .join('');

function bundle(locale, source, transform, useIsolating = false) {
  const made = new FluentBundle(locale, { useIsolating, ...(transform ? { transform } : {}) });
  made.addResource(new FluentResource(source));
  return made;
}

/**
 * Takes the words Rust chose (`{tag, rightToLeft, pseudo, catalog, english}`), sets the page's
 * language and direction, and words every element that has a `data-l10n-id`.
 */
export function startLanguage(words) {
  current = words.tag;
  const english = bundle('en', words.english, words.pseudo ? pseudo : null);
  // Values are isolated from the text around them where the text runs right to left.
  const own = bundle(formatting(words.tag), words.catalog, null, words.rightToLeft);
  bundles = words.tag === 'en' || words.pseudo ? [english] : [own, english];
  document.documentElement.lang = words.tag;
  document.documentElement.dir = words.rightToLeft ? 'rtl' : 'ltr';
  translate(document.body);
  document.title = t('app-name');
  document.documentElement.dataset.ready = '';
}

/**
 * The locale numbers and dates are written in: the language's own, with Western digits where it
 * has others (a port or a code the admin types into Zoho reads the same as Zoho shows it).
 */
const formatting = (tag) => (tag === 'ar' ? 'ar-u-nu-latn' : tag);

/** The language the screens speak (a BCP 47 tag), for dates and numbers in its form. */
export const locale = () => (current === 'en-XA' ? 'en' : formatting(current));

function find(id) {
  for (const b of bundles) {
    const message = b.getMessage(id);
    if (message) return { bundle: b, message };
  }
  return null;
}

/** The message `id` with its values, in the chosen language (the id itself if none has it). */
export function t(id, args) {
  const found = find(id);
  if (!found?.message.value) {
    console.error(`missing message: ${id}`);
    return id;
  }
  return found.bundle.formatPattern(found.message.value, args);
}

/** Whether a catalog has the message (a core error kind the catalogs may not word yet). */
export const has = (id) => Boolean(find(id)?.message.value);

/** Words `element` and everything in it that has a `data-l10n-id`. */
export function translate(root) {
  const elements = root.matches?.('[data-l10n-id]') ? [root] : [];
  elements.push(...root.querySelectorAll('[data-l10n-id]'));
  for (const element of elements) translateElement(element);
}

/** Words one element: its text (keeping the elements it names in place) and its attributes. */
export function translateElement(element) {
  const found = find(element.dataset.l10nId);
  if (!found) return;
  // The page's own messages take no values (a test holds every catalog to that): text from
  // outside never reaches the markup a translation may carry.
  const { bundle: b, message } = found;
  if (message.value) overlay(element, b.formatPattern(message.value));
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (ATTRIBUTES.has(name)) element.setAttribute(name, b.formatPattern(pattern));
  }
}

/**
 * Puts a translation into an element. Plain text replaces the text; a translation with markup is
 * parsed inert, and only its words, a few text-level elements (rebuilt without attributes) and
 * the element's own children it names (`data-l10n-name`, moved, never rebuilt) are kept.
 */
function overlay(element, text) {
  if (!text.includes('<')) {
    if (element.children.length === 0) element.textContent = text;
    else replaceText(element, text);
    return;
  }
  const named = new Map(
    [...element.querySelectorAll(':scope > [data-l10n-name]')].map((c) => [c.dataset.l10nName, c]),
  );
  const template = document.createElement('template');
  template.innerHTML = text;
  const nodes = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      nodes.push(document.createTextNode(node.textContent));
      continue;
    }
    const name = node.getAttribute('data-l10n-name');
    if (name && named.has(name)) {
      nodes.push(named.get(name));
      named.delete(name);
    } else if (MARKUP.has(node.localName)) {
      const made = document.createElement(node.localName);
      made.textContent = node.textContent;
      nodes.push(made);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  element.replaceChildren(...nodes);
}

/** A translation without markup for an element with children: the words go where its text was. */
function replaceText(element, text) {
  const kept = [...element.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE);
  element.replaceChildren(document.createTextNode(text), ...kept);
}

/** A date and time in the language's own form ("3 December 2026, 14:05"). */
export const formatDate = (date, options = { dateStyle: 'long', timeStyle: 'short' }) =>
  new Intl.DateTimeFormat(locale(), options).format(date);

/** "in 6 days", "5 minutes ago", in the language's words. */
export function relativeTime(seconds) {
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(Math.round(seconds), 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** Where secrets are kept, in a sentence ("this computer's keychain"), by the core's place. */
export const storeIn = (place) => t(`store-in-${place}`);

/** Where secrets are kept, as a table names it ("Keychain"). */
export const storeLabel = (place) => t(`store-label-${place}`);

/** The integration's name ("Catalyst app"), by the core's template. */
export const templateLabel = (template) => t(`template-${template}`);

/**
 * A sentence the core reports as `{kind, args, text}` (a note, a check's finding, what a call
 * reached), worded by the message `<prefix>-<kind>`; its English text where no catalog has one.
 */
export const said = (prefix, note) => (has(`${prefix}-${note.kind}`) ? t(`${prefix}-${note.kind}`, note.args) : note.text);

/** A note or warning beside a result, in the screens' language. */
export const noteText = (note) => said('note', note);

/** A data centre's region in the language's own words, from the browser's locale data. */
const REGIONS = { us: 'US', eu: '150', in: 'IN', au: 'AU', jp: 'JP', ca: 'CA', sa: 'SA', cn: 'CN', uk: 'GB' };

/** "EU · Europe (zoho.eu)": how lists and headings name a data centre. */
export function dcLabel(dc) {
  let region = dc.region;
  try {
    region = new Intl.DisplayNames([locale()], { type: 'region' }).of(REGIONS[dc.id] ?? dc.id.toUpperCase());
  } catch {
    // The region as the core names it.
  }
  return t('dc-label', { id: dc.id.toUpperCase(), region, domain: dc.domain });
}

/** The keys that copy, as this computer's keyboard names them. */
export const copyKeys = () => (/Mac/.test(navigator.platform) ? '⌘C' : t('copy-keys'));
