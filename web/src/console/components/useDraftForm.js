// The draft and error handling every console form dialog shares (FormDialog, ActionDialog):
// - a draft per key (organization + action, record + action) that survives closing the dialog and failed
//   submits, and is dropped only after a submit succeeds;
// - the server's error on its field (`errors[field]`, plus a summary line), or as a general message
//   (a warning for 403, an error otherwise);
// - confirm before sending (Element Plus message box); `busy` while the request runs.
//
//   const d = useDraftForm({ store: 'action', isOpen: () => props.modelValue, key: () => ..., fresh: () => ({...}) });
//   d.submit({ confirmText, run: (form) => api.post(...), successText, onSuccess, fieldOf, onError });
//
// `key()` returning null means "not ready" (no draft is opened). `fieldOf(name)` maps the server's field
// name to a form field (null: show as a general message); `onError(e)` may handle an error itself and
// return true.
import { reactive, ref, watch } from 'vue';
import { t } from '../../shared/i18n.js';

const stores = new Map(); // store name → Map(key → reactive draft); lives as long as the page

export function useDraftForm({ store, isOpen, key, fresh }) {
  if (!stores.has(store)) stores.set(store, new Map());
  const drafts = stores.get(store);
  const form = ref(null);
  const errors = reactive({});
  const generalError = ref('');
  const forbidden = ref(false);
  const busy = ref(false);

  function clearErrors() {
    for (const k of Object.keys(errors)) delete errors[k];
    generalError.value = '';
    forbidden.value = false;
  }

  watch(() => [isOpen(), key()], ([open, k]) => {
    if (!open || k == null) return;
    if (!drafts.has(k)) drafts.set(k, reactive(fresh()));
    form.value = drafts.get(k);
    clearErrors();
  }, { immediate: true });

  function showError(e, fieldOf) {
    const f = fieldOf ? fieldOf(e.field) : null;
    if (f) {
      errors[f] = e.text;
      generalError.value = t('act.fieldsError') + '：' + e.text;
    } else {
      forbidden.value = e.status === 403;
      generalError.value = e.text || String(e);
    }
  }

  // validate(form, errors) → false stops before the confirmation (it has set the errors).
  async function submit({ validate, confirmText, run, successText, onSuccess, fieldOf, onError }) {
    if (busy.value || !form.value) return;
    clearErrors();
    if (validate && validate(form.value, errors) === false) return;
    try {
      await ElMessageBox.confirm(confirmText, t('act.confirmTitle'), {
        confirmButtonText: t('common.confirm'), cancelButtonText: t('common.cancel'), type: 'warning',
      });
    } catch {
      return; // cancelled: the form stays as it is
    }
    busy.value = true;
    try {
      const res = await run(form.value);
      drafts.delete(key());
      ElMessage.success(successText);
      onSuccess?.(res);
    } catch (e) {
      if (!(onError && (await onError(e)))) showError(e, fieldOf);
    } finally {
      busy.value = false;
    }
  }

  return { form, errors, generalError, forbidden, busy, clearErrors, submit };
}
