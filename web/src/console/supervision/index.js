// The supervision module in the console (DOMAIN §6–§12, §20): everything the core needs to know about it,
// in one place. console/modules.js lists the modules; router.js, Layout.vue, OrgPage.vue and Dashboard.vue
// read these lists and never name a supervision screen. Every screen is its own lazily loaded chunk.
import { defineAsyncComponent } from 'vue';
import { Monitor } from '@element-plus/icons-vue';
import { OFFICERS_AND_AUDITOR } from '../../shared/roles.js';
import messages from './i18n.js';

const lazy = (load) => defineAsyncComponent(load);
const withCode = (org) => !!org.uscc; // supervision concerns registered organizations only

export default {
  name: 'supervision',
  messages,
  // Facts in this module's Findings are labelled from sup.fact.* and their code values from these prefixes.
  factLabels: {
    names: 'sup.fact.',
    values: { list: 'sup.list.', cause: 'sup.cause.', anomaly_cause: 'sup.cause.', state: 'sup.arState.', exit_reason: 'sup.exit.' },
  },
  // Children of the console layout (paths without the leading slash).
  routes: [
    { path: 'supervision/reports', name: 'sup-reports', component: () => import('./views/SupReports.vue') },
    { path: 'supervision/inspections', name: 'sup-inspections', component: () => import('./views/SupInspections.vue') },
    { path: 'supervision/flags', name: 'sup-flags', component: () => import('./views/SupFlags.vue') },
    { path: 'supervision/illegal', name: 'sup-illegal', component: () => import('./views/SupIllegal.vue') },
    { path: 'supervision/ratings', name: 'sup-ratings', component: () => import('./views/SupRatings.vue') },
    { path: 'supervision/jobs', name: 'sup-jobs', component: () => import('./views/SupJobs.vue') },
  ],
  // One sub-menu: label key, who sees it, its entries (label key, path).
  menu: {
    index: 'sup', label: 'sup.nav', icon: Monitor, roles: OFFICERS_AND_AUDITOR, test: 'menu-sup', open: true,
    items: [
      { label: 'sup.navReports', path: '/supervision/reports' },
      { label: 'sup.navInspections', path: '/supervision/inspections' },
      { label: 'sup.navFlags', path: '/supervision/flags' },
      { label: 'sup.navIllegal', path: '/supervision/illegal' },
      { label: 'sup.navRatings', path: '/supervision/ratings' },
      { label: 'sup.navJobs', path: '/supervision/jobs' },
    ],
  },
  // Tabs on the organization page (props org, me, rev; emit `changed` after a write), shown for organizations
  // with a code, each loaded when first opened; `name` is also the ?tab= value.
  orgTabs: [
    { name: 'reports', label: 'sup.tabReports', when: withCode, component: lazy(() => import('./tabs/OrgReportsTab.vue')) },
    { name: 'interviews', label: 'sup.tabInterviews', when: withCode, component: lazy(() => import('./tabs/OrgInterviewsTab.vue')) },  // #13 约谈
    { name: 'credit', label: 'sup.tabCredit', when: withCode, component: lazy(() => import('./tabs/OrgCreditTab.vue')) },
    { name: 'rating', label: 'sup.tabRating', when: withCode, component: lazy(() => import('./tabs/OrgRatingTab.vue')) },
    { name: 'penalties', label: 'sup.tabPenalties', when: withCode, component: lazy(() => import('./tabs/OrgPenaltyTab.vue')) },
    { name: 'rectifications', label: 'sup.tabRect', when: withCode, component: lazy(() => import('./tabs/OrgRectificationTab.vue')) },
    { name: 'flags', label: 'sup.tabFlags', when: withCode, component: lazy(() => import('./tabs/OrgFlagsTab.vue')) },
  ],
  // Sections below the register's figures on the dashboard (props me, region, range, subRegions).
  dashboard: [lazy(() => import('./views/SupDashboard.vue'))],
};
