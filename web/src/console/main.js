import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router.js';
import '../shared/base.css';
import { setLocale, locale } from '../shared/i18n.js';

setLocale(locale.value);
createApp(App).use(router).mount('#app');
