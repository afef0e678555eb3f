/**
 * A clone or an installed package must be complete: every link in the
 * README, the docs and the examples' READMEs resolves inside the repository,
 * to a file that exists and, for `file.md#anchor`, to a heading of that file
 * (GitHub's anchors). Nothing points at files outside the repository.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.split(/[\\/]/).includes('node_modules') && !f.split(/[\\/]/).includes('dist'))
    .map((f) => join(dir, f));
}

const FILES = ['README.md', ...markdownFiles('docs'), ...markdownFiles('examples')];

/** The text outside fenced code blocks, inline code and HTML comments, where a link is a link. */
function prose(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = match[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

function linksOf(text: string): string[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe('links in the README and the docs', () => {
  it('should find the files to check', () => {
    expect(FILES).toContain('README.md');
    expect(FILES).toContain(join('docs', 'scenario-format.md'));
  });

  it.each(FILES)('should resolve every link of %s inside the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const broken: string[] = [];
    for (const link of linksOf(text)) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(path));
      if (relative(root, target).startsWith('..')) {
        broken.push(`${link}: outside the repository`);
        continue;
      }
      if (!existsSync(target)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (anchor !== undefined) {
        if (!statSync(target).isFile() || !target.endsWith('.md')) broken.push(`${link}: an anchor into a file that is not markdown`);
        else if (!anchorsOf(readFileSync(target, 'utf8')).has(anchor)) broken.push(`${link}: no heading with that anchor`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(FILES)('should not point at files outside the repository in %s, even as text', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/\/work\/shared|\.\.\/shared\//);
  });
});
