/**
 * Gives Starlight's search button an accessible name that contains its visible text (WCAG 2.5.3,
 * axe `label-content-name-mismatch`). Starlight labels the button `aria-label="Search"` while it
 * shows "Search" and the shortcut "Ctrl K", so speech-input users who say what they see do not
 * match its name. This small upstream-style patch of `components/Search.astro` names the button by
 * its own visible parts instead (`aria-labelledby` on the label and the shortcut, with a space
 * between them and between the keys), so the name is "Search Ctrl K", and "Search ⌘ K" once
 * Starlight's inline script swaps the key on Apple devices. It edits the component as Astro
 * compiled it; the build fails with a clear message if Starlight's markup changes.
 */
import type { Plugin } from 'vite';

/** Each piece of Starlight 0.42's compiled Search.astro, and what it becomes. */
const edits: [from: string, to: string][] = [
  [
    '<button data-open-modal disabled${$$addAttribute(Astro.locals.t("search.label"), "aria-label")}',
    '<button data-open-modal disabled aria-labelledby="sl-search-label sl-search-shortcut"',
  ],
  ['<span class="sl-hidden md:sl-block', '<span id="sl-search-label" class="sl-hidden md:sl-block'],
  ['${Astro.locals.t("search.label")}</span><kbd', '${Astro.locals.t("search.label")}</span> <kbd'],
  ['<kbd class="sl-hidden md:sl-flex', '<kbd id="sl-search-shortcut" class="sl-hidden md:sl-flex'],
  ['${Astro.locals.t("search.ctrlKey")}</kbd><kbd', '${Astro.locals.t("search.ctrlKey")}</kbd> <kbd'],
];

export function searchButtonName(): Plugin {
  return {
    name: 'llm-errors:search-button-name',
    transform(code, id) {
      if (!/@astrojs[\\/]starlight[\\/].*components[\\/]Search\.astro$/.test(id)) return;
      let patched = code;
      for (const [from, to] of edits) {
        if (!patched.includes(from))
          throw new Error(
            `Starlight's compiled Search.astro no longer contains ${from}: update src/integrations/search-button-name.ts`,
          );
        patched = patched.replace(from, to);
      }
      return patched;
    },
  };
}
