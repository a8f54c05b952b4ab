import { createRouter, createWebHistory } from 'vue-router';

const routes = [
  { path: '/', name: 'search', component: () => import('./views/Search.vue') },
  { path: '/org/:uscc', name: 'org', component: () => import('./views/Org.vue') },
  { path: '/verify', name: 'verify', component: () => import('./views/Verify.vue') },
  { path: '/stats', name: 'stats', component: () => import('./views/Stats.vue') },
  { path: '/credit', name: 'credit', component: () => import('./views/Credit.vue') },
  { path: '/illegal', name: 'illegal', component: () => import('./views/Illegal.vue') },
  { path: '/complaint', name: 'complaint', component: () => import('./views/Complaint.vue') },
  { path: '/:rest(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory('/portal/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
