/**
 * Browser side: fetches a JSON file of the site once per page, however many widgets ask for it
 * (the quick lookup and the table filter share the lookup index). A failed fetch is forgotten, so
 * the next request tries again.
 */
const loads = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string): Promise<T> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
      .catch((error: unknown) => {
        loads.delete(url);
        throw error;
      });
    loads.set(url, load);
  }
  return load as Promise<T>;
}
