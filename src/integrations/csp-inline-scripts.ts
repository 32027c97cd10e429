/**
 * Completes Astro's Content-Security-Policy after the build. Astro hashes the scripts it bundles,
 * but not the `is:inline` scripts Starlight writes into every page (theme, search shortcut,
 * sidebar state, synced tabs), and it lists every page's hashes on every page. This integration
 * hashes each page's own inline scripts and styles at build time and gives that page's policy
 * exactly those, so no `'unsafe-inline'` is needed for scripts and nothing is copied by hand. It also writes `_headers` (Netlify, Cloudflare Pages) with the same
 * policy and the usual hardening headers.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** sha256 sources of the inline scripts a browser would run (not JSON data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = m[1]!.match(/\stype="([^"]*)"/)?.[1];
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`);
  }
  return [...hashes];
}

/** sha256 sources of the inline <style> blocks of a page. */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return [...hashes];
}

/**
 * The page with a CSP meta tag that allows exactly its own inline scripts and styles: Astro lists
 * the hashes of every page's inline code on every page, which costs each page about a kilobyte of
 * incompressible text and allows more than that page runs. Other sources ('self' …) stay.
 */
export function withInlineScriptHashes(html: string): { html: string; policy: string | undefined } {
  const meta = html.match(cspMeta);
  if (!meta) return { html, policy: undefined };
  const own: Record<string, string[]> = {
    'script-src': inlineScriptHashes(html),
    'style-src': inlineStyleHashes(html),
  };
  const policy = meta[2]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      const hashes = own[name!];
      return hashes ? [name, ...sources.filter((src) => !src.startsWith("'sha256-")), ...hashes].join(' ') : d;
    })
    .join('; ');
  return { html: html.replace(cspMeta, `$1${policy};$3`), policy };
}

/** One policy for the whole site: every page's sources, merged per directive. */
function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const set = merged.get(name!) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name!, set);
    }
  }
  // Only a header can forbid framing; a meta policy cannot.
  merged.set('frame-ancestors', new Set(["'none'"]));
  return [...merged].map(([name, sources]) => `${name} ${[...sources].join(' ')}`).join('; ');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function cspInlineScripts(): AstroIntegration {
  return {
    name: 'llm-errors:csp-inline-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const { html, policy } = withInlineScriptHashes(await readFile(file, 'utf8'));
          if (!policy) continue;
          policies.push(policy);
          await writeFile(file, html);
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${mergePolicies(policies)}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Frame-Options: DENY',
          '  Cross-Origin-Opener-Policy: same-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()',
          '',
        ];
        await writeFile(join(root, '_headers'), headers.join('\n'));
      },
    },
  };
}
