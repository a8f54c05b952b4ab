// A list read in keyset pages (the workbench's worklists: after/next_after; decisions: before/next_before):
// the first page through useLoad (again whenever `watch` changes), then more() appends the next one.
//
//   const { items, total, next, loading, error, reload, more, moreLoading } =
//     useKeysetPages((cursor) => api.get(…, { after: cursor }).then((r) => ({ items, total, next })), { watch });
//
// `fetchPage(cursor)` gets undefined for the first page and resolves to { items, total?, next } (next: the
// cursor of the page after, null at the end). A page that arrives after the list was reloaded is dropped.
import { computed, ref, watch as vueWatch } from 'vue';
import { useLoad } from '../../shared/useLoad.js';

export function useKeysetPages(fetchPage, { watch }) {
  const { data: first, loading, error, reload } = useLoad(() => fetchPage(undefined), { watch });
  const extra = ref([]);
  const cursor = ref(undefined); // undefined: the first page's next
  const moreLoading = ref(false);
  vueWatch(first, () => { extra.value = []; cursor.value = undefined; });

  const items = computed(() => [...(first.value?.items || []), ...extra.value]);
  const next = computed(() => (cursor.value === undefined ? first.value?.next : cursor.value) || null);
  const total = computed(() => first.value?.total ?? items.value.length);

  async function more() {
    if (!next.value || moreLoading.value) return;
    const base = first.value;
    moreLoading.value = true;
    try {
      const p = await fetchPage(next.value);
      if (first.value !== base) return; // reloaded meanwhile
      extra.value = [...extra.value, ...(p.items || [])];
      cursor.value = p.next || null;
    } catch (e) {
      error.value = e?.text || String(e);
    } finally {
      moreLoading.value = false;
    }
  }
  return { items, total, next, loading, error, reload, more, moreLoading };
}
