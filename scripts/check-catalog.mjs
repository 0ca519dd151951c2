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

const shape = (block) => ({
  values: [...new Set([...block.matchAll(/\{\s*\$([\w-]+)/g)].map((m) => m[1]))].sort().join(' '),
  names: [...block.matchAll(/data-l10n-name="([^"]+)"/g)].map((m) => m[1]).sort().join(' '),
  attributes: [...block.matchAll(/^\s+\.([\w-]+)\s*=/gm)].map((m) => m[1]).sort().join(' '),
});

const tag = process.argv[2];
const english = blocks(read('en'));
const text = read(tag);
const translated = blocks(text);
const parsed = new Set(new FluentResource(text).body.map((m) => m.id));
const problems = [];
for (const [id, block] of english) {
  const other = translated.get(id);
  if (!other) { problems.push(`${id}: missing`); continue; }
  if (!parsed.has(id)) problems.push(`${id}: not valid Fluent syntax`);
  const [a, b] = [shape(block), shape(other)];
  for (const key of Object.keys(a)) {
    if (a[key] !== b[key]) problems.push(`${id}: ${key} differ: English "${a[key]}", ${tag} "${b[key]}"`);
  }
}
for (const id of translated.keys()) if (!english.has(id)) problems.push(`${id}: not in English`);
console.log(problems.length ? problems.join('\n') : `${tag}: ${translated.size} messages, all match English`);
process.exit(problems.length ? 1 : 0);
