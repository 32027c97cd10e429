/**
 * Browser side of the diagnose tool (src/components/DiagnoseTool.astro). Reads the data embedded in
 * the page, runs the parser on submit (and at once for `?q=`), and renders the result with DOM
 * methods and `textContent` only, so pasted text is never interpreted as markup. Makes no request.
 */
import {
  diagnose,
  MAX_INPUT,
  type Candidate,
  type Diagnosis,
  type DiagnoseIndex,
  type Reason,
} from './diagnose/index.ts';
import { fill, layerLine, layerName, pathLine, verdictLine } from './diagnose-text.ts';

interface PageData {
  index: DiagnoseIndex;
  strings: Record<string, string>;
  entries: Record<string, { heading: string; url: string; absolute: string }>;
  statuses: Record<string, { name: string; meaning: string }>;
  classes: Record<string, string>;
  providers: Record<string, string>;
  hubs: Record<string, string>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function setupDiagnose(): void {
  const form = document.querySelector<HTMLFormElement>('[data-diagnose-form]');
  const found = document.querySelector<HTMLElement>('[data-diagnosis]');
  const json = document.getElementById('diagnose-data')?.textContent;
  if (!form || !found || !json) return;
  const output: HTMLElement = found;
  const data = JSON.parse(json) as PageData;
  const s = data.strings;
  const input = form.querySelector('textarea')!;

  const reasonText = (r: Reason) => fill(s[`diagnose.reason.${r.key}`] ?? r.key, { value: r.value });

  function summary(d: Diagnosis, markdown: boolean): string {
    const entry = d.best ? data.entries[d.best.slug] : undefined;
    const status = d.status ?? data.index.entries.find((e) => e.slug === d.best?.slug)?.http ?? null;
    const code = d.fields.code ?? d.fields.type;
    const rows: [string, string | null][] = [
      [s['diagnose.summary.status']!, status === null ? null : String(status)],
      [s['diagnose.summary.code']!, code ?? null],
      [s['diagnose.summary.requestId']!, d.requestId],
      [s['diagnose.summary.verdict']!, s[`diagnose.verdict.${d.verdict}`]!],
      [s['diagnose.summary.layers']!, pathLine(d, s, data.providers)],
      [s['diagnose.summary.link']!, entry?.absolute ?? null],
    ];
    const none = s['diagnose.none']!;
    const title = `${s['diagnose.summary.title']}: ${entry?.heading ?? (status ? `HTTP ${status}` : none)}`;
    if (!markdown) return [title, ...rows.map(([k, v]) => `${k}: ${v ?? none}`)].join('\n');
    const heading = entry ? `[${entry.heading}](${entry.absolute})` : status ? `HTTP ${status}` : none;
    return [
      `**${s['diagnose.summary.title']}:** ${heading}`,
      ...rows
        .slice(0, 5)
        .map(([k, v]) => `- ${k}: ${v === null ? none : k === rows[3]![0] || k === rows[4]![0] ? v : `\`${v}\``}`),
    ].join('\n');
  }

  function candidateItem(c: Candidate, tag: 'p' | 'li') {
    const item = el(tag);
    const entry = data.entries[c.slug]!;
    const link = el('a', entry.heading);
    link.href = entry.url;
    item.append(link);
    if (c.reasons.length) {
      item.append(
        el('span', ` — ${c.reasons.map(reasonText).join(s['diagnose.reasonSeparator'])}`, 'diagnosis-reasons'),
      );
    }
    return item;
  }

  function render(d: Diagnosis) {
    const bestEntry = d.best ? data.index.entries.find((e) => e.slug === d.best!.slug) : undefined;
    output.dataset.slug = d.best?.slug ?? '';
    output.dataset.provider = d.provider?.id ?? '';
    output.dataset.status = String(d.status ?? bestEntry?.http ?? '');
    output.dataset.class = d.cls ?? '';
    output.dataset.retryable = String(d.retryable);
    output.dataset.verdict = d.verdict;
    output.dataset.verdictReason = d.verdictReason;
    output.dataset.layers = d.layers.map((l) => l.id).join(' ');
    output.dataset.failedLayer = d.failedLayer === null ? '' : d.layers[d.failedLayer]!.id;
    output.replaceChildren();

    for (const notice of d.notices)
      output.append(
        el('p', fill(s[`diagnose.notice.${notice}`]!, { max: MAX_INPUT.toLocaleString() }), 'diagnosis-notice'),
      );
    if (d.notices.includes('empty')) return;

    const headline = el('p', undefined, 'diagnosis-headline');
    if (d.best) {
      headline.append(el('strong', `${s['diagnose.best']} `));
      const entry = data.entries[d.best.slug]!;
      const link = el('a', entry.heading);
      link.href = entry.url;
      headline.append(link);
    } else if (d.status !== null && data.statuses[d.status]) {
      headline.textContent = fill(s['diagnose.genericStatus']!, {
        status: d.status,
        name: data.statuses[d.status]!.name,
        meaning: data.statuses[d.status]!.meaning,
      });
      const hub = data.hubs[d.status];
      if (hub) {
        const link = el('a', `HTTP ${d.status}`);
        link.href = hub;
        headline.append(' ', link);
      }
    } else if (d.status !== null) {
      headline.textContent = `${s['diagnose.noMatch']} (HTTP ${d.status})`;
    } else headline.textContent = s['diagnose.unknown']!;
    output.append(headline);

    const facts = el('dl', undefined, 'facts');
    const fact = (label: string, value: string | Node) => {
      const row = el('div');
      row.append(el('dt', label));
      const dd = el('dd');
      dd.append(value);
      row.append(dd);
      facts.append(row);
    };
    const none = s['diagnose.none']!;
    const status = d.status ?? bestEntry?.http ?? null;
    fact(
      s['diagnose.status']!,
      status === null ? none : `${status}${data.statuses[status] ? ` ${data.statuses[status]!.name}` : ''}`,
    );
    fact(
      s['diagnose.provider']!,
      d.provider
        ? `${data.providers[d.provider.id]} — ${d.provider.reasons.map(reasonText).join(s['diagnose.reasonSeparator'])}`
        : none,
    );
    fact(s['diagnose.class']!, d.cls ? data.classes[d.cls]! : none);
    fact(s['diagnose.verdict']!, verdictLine(d, s));
    fact(
      s['diagnose.wait']!,
      d.wait ? fill(s['diagnose.waitValue']!, { seconds: d.wait.seconds, source: d.wait.source }) : none,
    );
    fact(s['diagnose.requestId']!, d.requestId ?? none);
    const fields = Object.entries(d.fields).map(([k, v]) => `error.${k} = ${v}`);
    if (fields.length) fact(s['diagnose.fields']!, fields.join('\n'));
    output.append(facts);

    if (d.layers.length) {
      output.append(el('h3', s['diagnose.layers']));
      const path = el('ol', undefined, 'diagnosis-layers');
      d.layers.forEach((layer, i) => {
        const item = el('li', layerLine(d, i, s, data.providers));
        item.dataset.layer = layer.id;
        if (d.failedLayer === i) item.dataset.failed = '';
        const entry = layer.entry ? data.entries[layer.entry] : undefined;
        if (entry && entry.url !== (d.best ? data.entries[d.best.slug]?.url : undefined)) {
          const link = el('a', entry.heading);
          link.href = entry.url;
          item.append(` ${s['diagnose.layerEntry']} `, link);
        }
        // What in the pasted text shows this hop: pasted text, so text only.
        if (layer.evidence && layer.evidence !== layerName(layer, s, data.providers))
          item.append(' ', el('span', fill(s['diagnose.layerFound']!, { value: layer.evidence }), 'diagnosis-reasons'));
        path.append(item);
      });
      output.append(path);
    }

    if (d.best?.reasons.length) {
      output.append(el('h3', s['diagnose.why']));
      const list = el('ul');
      for (const r of d.best.reasons) list.append(el('li', reasonText(r)));
      output.append(list);
    }
    const others = d.candidates.filter((c) => c !== d.best).slice(0, 4);
    if (others.length) {
      output.append(el('h3', s['diagnose.others']));
      const list = el('ol');
      for (const c of others) list.append(candidateItem(c, 'li'));
      output.append(list);
    }

    const actions = el('p', undefined, 'diagnosis-actions');
    const announce = el('span', '', 'diagnosis-copied');
    announce.setAttribute('role', 'status');
    for (const [label, markdown] of [
      [s['diagnose.copyText']!, false],
      [s['diagnose.copyMarkdown']!, true],
    ] as const) {
      const button = el('button', label);
      button.type = 'button';
      button.dataset.copy = markdown ? 'markdown' : 'text';
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(summary(d, markdown));
          announce.textContent = s['diagnose.copied']!;
        } catch {
          announce.textContent = s['diagnose.copyFailed']!;
        }
      });
      actions.append(button, ' ');
    }
    actions.append(announce);
    output.append(actions);
    // A link that reproduces this diagnosis, for tickets. The address bar is left alone: changing it
    // would send the pasted text along as the Referer of the next request the page makes.
    if (input.value.length <= 2000) {
      const permalink = el('a', s['diagnose.permalink']);
      const url = new URL(location.href);
      url.search = '';
      url.hash = '';
      url.searchParams.set('q', input.value);
      permalink.href = url.href;
      permalink.dataset.permalink = '';
      const p = el('p');
      p.append(permalink);
      output.append(p);
    }
    const preview = el('pre', summary(d, false), 'diagnosis-summary');
    preview.dataset.summary = '';
    output.append(preview);
  }

  function run() {
    output.hidden = false;
    render(diagnose(input.value, data.index));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });

  const q = new URL(location.href).searchParams.get('q');
  if (q !== null) {
    input.value = q;
    run();
  }
}
