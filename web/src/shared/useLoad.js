// One way to load what a screen shows: a loading flag, the error text to show, and reload().
//
//   const { data, loading, error, reload } = useLoad(() => api.get('audit'), { initial: [] });
//
// `fn` returns a promise of the data. On failure `error` holds the server's message (ApiError.text) and
// `data` keeps its last value (or goes back to `initial` with { resetOnError: true }); `ignore(e)` returning
// true treats that failure as "nothing to show" (e.g. a 404 from an endpoint that may not exist).
// A reply that arrives after a newer reload() started is dropped, so a slow old answer never overwrites
// a newer one. `watch` (a watch source) reloads whenever it changes, starting at once.
import { ref, watch as vueWatch } from 'vue';

export function useLoad(fn, { initial = null, resetOnError = false, ignore = null, watch = null } = {}) {
  const data = ref(initial);
  const loading = ref(false);
  const error = ref('');
  let seq = 0;

  async function reload() {
    const mine = ++seq;
    loading.value = true;
    error.value = '';
    try {
      const v = await fn();
      if (mine === seq) data.value = v;
    } catch (e) {
      if (mine !== seq) return;
      if (resetOnError) data.value = initial;
      if (!ignore || !ignore(e)) error.value = e?.text || String(e);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  if (watch) vueWatch(watch, reload, { immediate: true });
  return { data, loading, error, reload };
}
