import { createRouter, createWebHistory } from 'vue-router';
import { moduleRoutes } from './modules.js';

const routes = [
  { path: '/', name: 'search', component: () => import('./views/Search.vue') },
  { path: '/org/:uscc', name: 'org', component: () => import('./views/Org.vue') },
  { path: '/verify', name: 'verify', component: () => import('./views/Verify.vue') },
  { path: '/stats', name: 'stats', component: () => import('./views/Stats.vue') },
  ...moduleRoutes, // the modules' pages (portal/modules.js)
  { path: '/:rest(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory('/portal/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});
