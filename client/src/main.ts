import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp, h, provide } from 'vue';
import { apolloClient, setLiveLinkRefusedHandler, setUnauthenticatedHandler } from './apollo';
import App from './App.vue';
import { CurrentPersonQuery } from './features/auth/composables/useCurrentPerson';
import { forgetSession } from './features/auth/composables/useSession';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';
import './styles/meetings.css';
import './styles/room.css';
import './styles/commitments.css';
import './styles/follow-up.css';

// The session can end under our feet (expired, revoked by an admin): back to the sign-in form.
let leaving = false;
async function backToSignIn() {
  const current = router.currentRoute.value;
  if (current.meta.public || leaving) return;
  leaving = true;
  try {
    await forgetSession(apolloClient, () => router.push({ name: 'sign-in', query: { redirect: current.fullPath } }));
  } finally {
    leaving = false;
  }
}
setUnauthenticatedHandler(backToSignIn);
// A refused WebSocket says the session may be gone: ask over HTTP before leaving the page.
setLiveLinkRefusedHandler(async () => {
  try {
    const { data } = await apolloClient.query({ query: CurrentPersonQuery, fetchPolicy: 'network-only' });
    if (!data.me) await backToSignIn();
  } catch {
    // Unreachable server: the live indicator already says the link is down.
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
