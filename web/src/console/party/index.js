// The party-building module in the console (DOMAIN §13; issue #16): everything the core needs to know about it,
// in one place. console/modules.js lists the modules; router.js, Layout.vue, OrgPage.vue and Dashboard.vue
// read these lists and never name a party screen. Every screen is its own lazily loaded chunk.
import { defineAsyncComponent } from 'vue';
import { Flag } from '@element-plus/icons-vue';
import messages from './i18n.js';
import { PARTY_READERS } from './model.js';

const lazy = (load) => defineAsyncComponent(load);
const withCode = (org) => !!org.uscc; // party data is filed while an organization is registered

export default {
  name: 'party',
  messages,
  // Facts in this module's Findings are labelled from party.fact.* and the party organization's kind from party.kind.*.
  factLabels: { names: 'party.fact.', values: { organization: 'party.kind.' } },
  // Children of the console layout (paths without the leading slash).
  routes: [
    { path: 'party/coverage', name: 'party-coverage', component: () => import('./views/PartyCoverage.vue') },
    { path: 'party/worklists', name: 'party-worklists', component: () => import('./views/PartyWorklists.vue') },
    { path: 'party/decisions', name: 'party-decisions', component: () => import('./views/PartyDecisions.vue') },
    { path: 'party/joint-branches', name: 'party-joint', component: () => import('./views/PartyJointBranches.vue') },
  ],
  // 党建工作: the party work department writes; registration officers and the auditor read.
  menu: {
    index: 'party', label: 'party.nav', icon: Flag, roles: PARTY_READERS, test: 'menu-party', open: true,
    items: [
      { label: 'party.navCoverage', path: '/party/coverage' },
      { label: 'party.navWorklists', path: '/party/worklists' },
      { label: 'party.navDecisions', path: '/party/decisions' },
      { label: 'party.navJoint', path: '/party/joint-branches' },
    ],
  },
  // The organization page's 党建 tab (props org, me, rev; emits `changed` after a write); ?tab=party.
  orgTabs: [
    { name: 'party', label: 'party.tab', when: withCode, component: lazy(() => import('./tabs/OrgPartyTab.vue')) },
  ],
  // Below the register's figures on the dashboard (props me, region, range, subRegions); hidden on 403.
  dashboard: [lazy(() => import('./views/PartyDashboard.vue'))],
};
