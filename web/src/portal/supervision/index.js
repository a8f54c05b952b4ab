// The supervision module in the public portal (DOMAIN §8 credit lists, §12 illegal organizations, §21
// complaints): its pages, menu entries and home tiles, and its part of the organization page. portal/modules.js
// lists the modules; router.js, App.vue, Search.vue and Org.vue read these lists.
import messages from './i18n.js';
import { loadOrgSupervision } from './orgSupervision.js';
import OrgBadges from './OrgBadges.vue';
import OrgCredit from './OrgCredit.vue';

export default {
  name: 'supervision',
  messages,
  routes: [
    { path: '/credit', name: 'credit', component: () => import('./Credit.vue') },
    { path: '/illegal', name: 'illegal', component: () => import('./Illegal.vue') },
    { path: '/complaint', name: 'complaint', component: () => import('./Complaint.vue') },
    { path: '/ratings', name: 'rating-notices', component: () => import('./Ratings.vue') },
  ],
  // The menu and the home page's tiles: path, label key, tile text key.
  nav: [
    { to: '/credit', key: 'portal.credit', text: 'portal.tileCredit' },
    { to: '/illegal', key: 'portal.illegal', text: 'portal.tileIllegal' },
    { to: '/complaint', key: 'portal.complaint', text: 'portal.tileComplaint' },
    { to: '/ratings', key: 'portal.rt.nav', text: 'portal.rt.tile' },
  ],
  // On the organization page: load(code, org) → state; badges beside the status, a section below the header.
  orgPage: { load: loadOrgSupervision, badges: OrgBadges, section: OrgCredit },
};
