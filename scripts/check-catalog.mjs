// Checks a translated catalog against English, as the shell's catalog test does: every message
// there, with the same values ({ $name }), the same app elements (data-l10n-name) and the same
// attributes, and nothing the Fluent parser had to skip. For translators without a Rust build:
//   node scripts/check-catalog.mjs de
import { readFileSync } from 'node:fs';
import { FluentResource } from '../ui/vendor/fluent-bundle/index.js';

const dir = new URL('../src-tauri/locales/', import.meta.url);
const read = (tag) => readFileSync(new URL(`${tag}.ftl`, dir), 'utf8');

/** Each message's raw block of lines, by id. */
function blocks(text) {
  const found = new Map();
  let id = null;
  for (const line of text.split('\n')) {
    const start = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
    if (start) {
      id = start[1];
      found.set(id, line);
    } else if (id && /^\s+\S/.test(line)) {
      found.set(id, `${found.get(id)}\n${line}`);
    } else if (!line.trim() || line.startsWith('#')) {
      id = null;
    }
  }
  return found;
}

/** Every variable and every piece of text in a parsed pattern (a string, or elements). */
function walk(pattern, found) {
  if (typeof pattern === 'string') {
    found.text.push(pattern);
    return;
  }
  for (const element of pattern ?? []) {
    if (typeof element === 'string') found.text.push(element);
    else expression(element, found);
  }
}

function expression(node, found) {
  if (node.type === 'var') found.values.add(node.name);
  if (node.type === 'select') {
    expression(node.selector, found);
    for (const variant of node.variants) walk(variant.value, found);
  }
  for (const arg of node.args ?? []) expression(arg, found);
}

/** What a message must keep, from the parser's reading of it (multi-line messages whole). */
function shape(message) {
  const found = { values: new Set(), text: [] };
  walk(message.value, found);
  for (const attribute of Object.values(message.attributes)) walk(attribute, found);
  const text = found.text.join('');
  return {
    values: [...found.values].sort().join(' '),
    names: [...text.matchAll(/data-l10n-name="([^"]+)"/g)].map((m) => m[1]).sort().join(' '),
    attributes: Object.keys(message.attributes).sort().join(' '),
  };
}

const tag = process.argv[2];
const parse = (text) => new Map(new FluentResource(text).body.map((m) => [m.id, m]));
const english = parse(read('en'));
const text = read(tag);
const translated = parse(text);
// A message the parser skipped (bad syntax) is missing from what it read, but not from the file.
const written = blocks(text);
const problems = [];
for (const [id, message] of english) {
  const other = translated.get(id);
  if (!other) {
    problems.push(written.has(id) ? `${id}: not valid Fluent syntax` : `${id}: missing`);
    continue;
  }
  const [a, b] = [shape(message), shape(other)];
  for (const key of Object.keys(a)) {
    if (a[key] !== b[key]) problems.push(`${id}: ${key} differ: English "${a[key]}", ${tag} "${b[key]}"`);
  }
}
for (const id of translated.keys()) if (!english.has(id)) problems.push(`${id}: not in English`);
console.log(problems.length ? problems.join('\n') : `${tag}: ${translated.size} messages, all match English`);
process.exit(problems.length ? 1 : 0);
