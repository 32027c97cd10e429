/**
 * Browser side of the quick lookup (src/components/QuickLookup.astro): loads the index once,
 * runs the matcher on every keystroke and renders the listbox. Text is only ever set with
 * `textContent`, so nothing typed or pasted can become markup.
 */
import { lookup, type LookupIndex, type LookupResult } from './lookup.ts';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function setupQuickLookup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-ql-input]')!;
  const list = form.querySelector<HTMLUListElement>('[data-ql-list]')!;
  const status = form.querySelector<HTMLElement>('[data-ql-status]')!;
  const paste = form.querySelector<HTMLElement>('[data-ql-paste]')!;
  const diagnose = form.querySelector<HTMLAnchorElement>('[data-ql-diagnose]')!;
  const d = form.dataset;

  let index: LookupIndex | undefined;
  let loading: Promise<void> | undefined;
  let results: LookupResult[] = [];
  let best: LookupResult | undefined;
  let active = -1;

  const load = () =>
    (loading ??= fetch(d.index!)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: LookupIndex) => {
        index = data;
        if (input.value) update();
      })
      .catch(() => {
        loading = undefined;
        status.textContent = d.failed ?? '';
      }));

  const optionId = (i: number) => `${list.id}-option-${i}`;

  function setActive(i: number) {
    active = i;
    for (const [n, option] of [...list.children].entries()) option.setAttribute('aria-selected', String(n === i));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function render() {
    list.replaceChildren(
      ...results.map((result, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = result.url;
        const title = document.createElement('span');
        title.className = 'ql-title';
        const meta = document.createElement('span');
        meta.className = 'ql-meta';
        if (result.kind === 'status') {
          const s = result.status;
          title.textContent = fill(d.statusTemplate!, { status: s.status, name: s.name, count: s.count });
        } else {
          const e = result.entry;
          title.textContent = e.heading;
          const status = e.status ?? (e.statuses.length ? e.statuses.join(d.listSeparator ?? ', ') : '—');
          for (const [text, cls] of [
            [e.provider, 'ql-provider'],
            [String(status), 'ql-status'],
            [e.classLabel, 'ql-class'],
            [e.verdict, e.retryable ? 'ql-retry yes' : 'ql-retry no'],
          ] as const) {
            const span = document.createElement('span');
            span.className = cls;
            span.textContent = text;
            meta.append(span);
          }
        }
        li.append(title, meta);
        li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
        li.addEventListener('click', () => location.assign(result.url));
        return li;
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    setActive(-1);
  }

  function update() {
    const text = input.value;
    if (!index) {
      if (text.trim()) status.textContent = d.loading ?? '';
      void load();
      return;
    }
    const answer = lookup(index, text);
    results = answer.results;
    best = answer.best;
    render();
    paste.hidden = !answer.looksLikePaste;
    if (answer.looksLikePaste) diagnose.href = `${d.diagnose}?q=${encodeURIComponent(text.slice(0, 4000))}`;
    status.textContent = !text.trim()
      ? ''
      : results.length
        ? fill(d.resultsTemplate!, { count: results.length })
        : fill(d.noneTemplate!, { query: text.trim().slice(0, 80) });
  }

  input.addEventListener('focus', () => void load(), { once: true });
  // Text typed before this script ran (or restored by the browser) is looked up at once.
  if (input.value) update();
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    const count = results.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      if (list.hidden) render();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else {
        input.value = '';
        update();
      }
    } else if (event.key === 'Enter') {
      const target = active >= 0 ? results[active] : best;
      if (target) {
        event.preventDefault();
        location.assign(target.url);
      }
      // Otherwise the form submits: the error table opens, filtered by the text.
    }
  });
  input.addEventListener('blur', close);
}
