// What the portal's organization page shows from supervision: the annual-report and credit status
// (GET /public/orgs/{uscc}/supervision) and, for a listed organization, its published credit-list entries.
// load() returns a reactive state that fills in as the answers arrive; Org.vue keeps one per page view and
// hands it to this module's OrgBadges and OrgCredit.
import { reactive } from 'vue';
import { api } from '../../shared/api.js';

export function loadOrgSupervision(code, org) {
  const state = reactive({ sup: null, entries: [], entriesLoaded: false });
  (async () => {
    try {
      state.sup = await api.get(`public/orgs/${encodeURIComponent(code)}/supervision`, undefined, { auth: false });
    } catch { /* absent (older server, 404) → 暂无数据 */ }
    const st = state.sup?.credit_status;
    if (st === 'anomaly' || st === 'serious') {
      state.entries = await findEntries(code, org?.region_code || '', st === 'serious' ? ['serious', 'anomaly'] : ['anomaly']);
      state.entriesLoaded = true;
    }
  })();
  return state;
}

// /public/credit/{list} filters by region only, so the organization's own region is read (a few pages at
// most) and its entries picked out by code.
async function findEntries(code, region, lists) {
  const found = [];
  for (const list of lists) {
    for (let page = 1; page <= 10; page++) {
      let r;
      try {
        r = await api.get(`public/credit/${list}`, { region, page, page_size: 100 }, { auth: false });
      } catch { break; }
      found.push(...r.items.filter((i) => i.org?.uscc === code));
      if (page * 100 >= r.total) break;
    }
  }
  return found;
}
