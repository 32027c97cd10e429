/**
 * Completes Astro's Content-Security-Policy after the build. Astro hashes the scripts it bundles,
 * but not the `is:inline` scripts Starlight writes into every page (theme, search shortcut,
 * sidebar state, synced tabs). This integration hashes each page's inline scripts at build time
 * and adds them to that page's `script-src`, so no `'unsafe-inline'` is needed for scripts and
 * nothing is copied by hand. It also writes `_headers` (Netlify, Cloudflare Pages) with the same
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

/** The page with its inline scripts' hashes added to the `script-src` of its CSP meta tag. */
export function withInlineScriptHashes(html: string): { html: string; policy: string | undefined } {
  const meta = html.match(cspMeta);
  if (!meta) return { html, policy: undefined };
  const directives = meta[2]!.split(';').map((d) => d.trim());
  const missing = inlineScriptHashes(html).filter((h) => !meta[2]!.includes(h));
  const policy = directives
    .map((d) => (d.startsWith('script-src ') && missing.length ? `${d} ${missing.join(' ')}` : d))
    .filter(Boolean)
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
