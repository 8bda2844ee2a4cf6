import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp, h, provide } from 'vue';
import { apolloClient, setUnauthenticatedHandler } from './apollo';
import App from './App.vue';
import { forgetSession } from './features/auth/composables/useSession';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

// The session can end under our feet (expired, revoked by an admin): back to the sign-in form.
let leaving = false;
setUnauthenticatedHandler(async () => {
  const current = router.currentRoute.value;
  if (current.meta.public || leaving) return;
  leaving = true;
  try {
    await forgetSession(apolloClient);
    await router.push({ name: 'sign-in', query: { redirect: current.fullPath } });
  } finally {
    leaving = false;
  }
});

createApp({
  setup() {
    provide(DefaultApolloClient, apolloClient);
  },
  render: () => h(App),
})
  .use(i18n)
  .use(router)
  .mount('#app');
