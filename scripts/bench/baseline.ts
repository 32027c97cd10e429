/**
 * The baseline of `npm run bench`: a stock Starlight site (same Astro and Starlight versions, both
 * languages, Pagefind on, no custom component, no override, default settings) whose pages carry
 * the same text as the pages of ours being measured. An entry page's text is its Markdown twin
 * (/errors/<slug>.md); any other page's text is its <main> turned into Markdown here. A components
 * page uses the Starlight components our site uses (see componentsPage). Built in
 * .bench-tmp/baseline/ with node_modules hard-linked, like the scaled catalogs.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A page of ours (its path in dist/) and the path its twin gets in the baseline. */
export interface BaselinePage {
  ours: string;
  baseline: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x?[\da-f]+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10))
      : (entities[e] ?? m),
  );
const text = (html: string): string =>
  decode(
    html
      .replace(/<code\b[^>]*>([\s\S]*?)<\/code>/g, (_, c: string) => '`' + c.replace(/<[^>]+>/g, '') + '`')
      // Links to other pages stay links, as in the entry's Markdown twin; in-page anchors are dropped.
      .replace(/<a\b[^>]*href="([^"#][^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (m, href: string, inner: string) => {
        const label = text(inner);
        return label ? `[${label}](${href})` : ' ';
      })
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The text of a page's <main> as Markdown: headings, paragraphs, list items, definition terms and
 * table rows, in document order. What a writer would paste into a plain docs page.
 */
export function mainAsMarkdown(html: string): { title: string; body: string } {
  const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
  const clean = main.replace(/<(script|style|svg|template|button|select|noscript)\b[\s\S]*?<\/\1>/g, '');
  const title = text(clean.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? 'Page');
  const blocks: string[] = [];
  let header = true;
  for (const m of clean.matchAll(/<(h[2-4]|p|li|dt|dd|tr|pre)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const [, tag, inner] = m as unknown as [string, string, string];
    if (tag === 'tr') {
      const cells = [...inner.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
        text(c[1]!).replace(/\|/g, '/'),
      );
      blocks.push(`| ${cells.join(' | ')} |` + (header ? `\n|${' --- |'.repeat(cells.length)}` : ''));
      header = false;
      continue;
    }
    header = true;
    const t = text(inner);
    if (!t) continue;
    if (tag.startsWith('h')) blocks.push(`${'#'.repeat(Number(tag[1]))} ${t}`);
    else if (tag === 'li') blocks.push(`- ${t}`);
    else if (tag === 'pre') blocks.push('```\n' + decode(inner.replace(/<[^>]+>/g, '')) + '\n```');
    else blocks.push(t);
  }
  // Rows of one table stay together; everything else is its own paragraph.
  return { title, body: blocks.join('\n\n').replace(/\|\n\n\|/g, '|\n|') };
}

/**
 * The baseline's astro.config.mjs. Its sidebar lists the measured pages, as Starlight's generated
 * sidebar did when they were the only pages; the other entries' pages are there for search only.
 */
const config = (sidebar: { label: string; link: string }[]) => `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'LLM API Errors',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
      sidebar: ${JSON.stringify(sidebar)},
    }),
  ],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const yamlString = (s: string) => JSON.stringify(s);

/** How the baseline's components page uses each of Starlight's own components. */
const componentUse: Record<string, string> = {
  Aside: '<Aside>Note.</Aside>',
  Badge: '<Badge text="Badge" />',
  Card: '<Card title="Card">Text.</Card>',
  CardGrid: '<CardGrid><Card title="Card">Text.</Card></CardGrid>',
  LinkCard: '<LinkCard title="Link" href="/" />',
  Code: '<Code code="const a = 1;" lang="js" />',
  Steps: '<Steps>\n\n1. One\n2. Two\n\n</Steps>',
  Tabs: '<Tabs><TabItem label="One">One</TabItem><TabItem label="Two">Two</TabItem></Tabs>',
  Icon: '<Icon name="star" />',
  FileTree: '<FileTree>\n\n- a.txt\n\n</FileTree>',
  LinkButton: '<LinkButton href="/">Link</LinkButton>',
};

/**
 * A page that uses every Starlight component our site uses. Astro puts the CSS of the components a
 * site's MDX pages use on every page of the site (stock Starlight does the same), so a stock site
 * with our guides pays that CSS too; without this page the comparison would count Starlight's own
 * CSS as ours.
 */
function componentsPage(root: string): string {
  const names = new Set<string>();
  for (const file of execSync(`grep -rlE "from '@astrojs/starlight/components'" src`, { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')) {
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(
      /import \{([^}]+)\} from '@astrojs\/starlight\/components'/g,
    ))
      for (const name of m[1]!.split(',')) names.add(name.trim());
  }
  const uses = [...names].sort().map((n) => componentUse[n] ?? '');
  const imports = new Set(uses.flatMap((u) => [...u.matchAll(/<([A-Z]\w+)/g)].map((m) => m[1]!)));
  return [
    '---\ntitle: Components\n---\n',
    `import { ${[...imports].sort().join(', ')} } from '@astrojs/starlight/components';\n`,
    ...uses.filter(Boolean),
    '',
  ].join('\n');
}

/** Builds the baseline site from our built dist/ and returns its dist/. */
export function buildBaseline(root: string, ourDist: string, pages: BaselinePage[]): string {
  const work = join(root, '.bench-tmp', 'baseline');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'src/content/docs'), { recursive: true });
  execSync(`cp -al "${join(root, 'node_modules')}" "${join(work, 'node_modules')}"`);
  // The same Astro and Starlight as ours (Vite decides what to bundle from the declared dependencies).
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const stock = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'baseline', type: 'module', private: true, dependencies: stock }),
  );
  writeFileSync(join(work, 'src/content.config.ts'), contentConfig);
  const sidebar: { label: string; link: string }[] = [];
  const write = (path: string, title: string, body: string) => {
    const file = join(work, 'src/content/docs', path === '/' ? 'index.md' : `${path.replace(/^\/|\/$/g, '')}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${yamlString(title)}\n---\n\n${body}\n`);
  };
  const twinText = (twin: string) => {
    const md = readFileSync(twin, 'utf8');
    return { title: md.match(/^# (.+)$/m)?.[1] ?? 'Page', body: md.replace(/^# .+\n/, '') };
  };
  for (const page of pages) {
    const twin = join(ourDist, page.ours.replace(/\/$/, '.md'));
    const { title, body } = existsSync(twin)
      ? twinText(twin)
      : mainAsMarkdown(readFileSync(join(ourDist, page.ours, 'index.html'), 'utf8'));
    write(page.baseline, title, body);
    if (!page.baseline.startsWith('/zh-cn/')) sidebar.push({ label: title, link: page.baseline });
  }
  // Every other entry's Markdown twin, in both languages, so that search runs over the same text.
  for (const dir of ['errors', 'zh-cn/errors']) {
    for (const name of readdirSync(join(ourDist, dir)).filter((n) => n.endsWith('.md'))) {
      const path = `/${dir}/${name.replace(/\.md$/, '/')}`;
      if (pages.some((p) => p.baseline === path)) continue;
      const { title, body } = twinText(join(ourDist, dir, name));
      write(path, title, body);
    }
  }
  writeFileSync(join(work, 'astro.config.mjs'), config(sidebar));
  writeFileSync(join(work, 'src/content/docs/components.mdx'), componentsPage(root));
  execFileSync(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return join(work, 'dist');
}
