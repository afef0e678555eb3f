#!/usr/bin/env node
/**
 * Prints each custom element's API as markdown, read from the custom-elements
 * manifest (`dist/lib/custom-elements.json`, written by scripts/build-lib.js),
 * for the "Embedding" section of the README: attributes,
 * properties, methods, events, CSS custom properties and parts.
 *
 *   node scripts/embed-api-docs.js [path/to/custom-elements.json] > api.md
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A table cell: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Markdown for one element declaration of the manifest. */
export function elementMarkdown(d) {
  const publicMembers = (d.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
  const fields = publicMembers.filter((m) => m.kind === 'field');
  const methods = publicMembers.filter((m) => m.kind === 'method' && !/^(render|update|updated|willUpdate|firstUpdated|connectedCallback|disconnectedCallback)$/.test(m.name));
  const attributeOf = new Map((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  const sections = [
    `### \`<${d.tagName}>\``,
    d.summary ? cell(d.summary) : '',
    d.description ? d.description.trim() : '',
    fields.length
      ? `**Properties**\n\n${table(
          ['Property', 'Attribute', 'Type', 'Description'],
          fields.map((f) => [code(f.name), attributeOf.has(f.name) ? code(attributeOf.get(f.name)) : '—', code(f.type?.text), cell(f.description)]),
        )}`
      : '',
    methods.length
      ? `**Methods**\n\n${table(
          ['Method', 'Returns', 'Description'],
          methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), code(m.return?.type?.text), cell(m.description)]),
        )}`
      : '',
    d.events?.length
      ? `**Events** (all \`bubbles: true, composed: true\`)\n\n${table(
          ['Event', 'Type', 'Description'],
          d.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
        )}`
      : '',
    d.cssProperties?.length
      ? `**CSS custom properties**\n\n${table(['Property', 'Description'], d.cssProperties.map((p) => [code(p.name), cell(p.description)]))}`
      : '',
    d.cssParts?.length ? `**CSS parts** (\`::part(name)\`)\n\n${table(['Part', 'Description'], d.cssParts.map((p) => [code(p.name), cell(p.description)]))}` : '',
  ];
  return sections.filter(Boolean).join('\n\n');
}

/** Every element of the manifest, `<corridor-flow>` first, then by tag name. */
export function manifestMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (a.tagName === 'corridor-flow' ? -1 : b.tagName === 'corridor-flow' ? 1 : a.tagName.localeCompare(b.tagName)));
  return `${elements.map(elementMarkdown).join('\n\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(process.argv[2] ?? join(root, 'dist', 'lib', 'custom-elements.json'));
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`embed-api-docs: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}. Run \`node scripts/build-lib.js\` first.\n`);
    process.exit(1);
  }
  process.stdout.write(manifestMarkdown(manifest));
}
