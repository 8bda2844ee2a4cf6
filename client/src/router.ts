import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { apolloClient } from './apollo';
import { CurrentPersonQuery } from './features/auth/composables/useCurrentPerson';
import { errorCode } from './lib/errors';
import { safeRedirect } from './lib/redirect';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page's name, for `<title>` until the page gives a better one. */
    titleKey?: string;
    /** Reachable signed out. */
    public?: boolean;
    adminOnly?: boolean;
    /** Shown without the site's header and navigation (the projector). */
    bare?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/connexion', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true, titleKey: 'signIn.title' } },
    { path: '/invitation/:token', name: 'invitation', component: () => import('./pages/InvitationPage.vue'), meta: { public: true, titleKey: 'invitation.title' } },
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { titleKey: 'home.title' } },
    { path: '/plans/:planId', name: 'plan', component: () => import('./pages/PlanPage.vue'), meta: { titleKey: 'plan.title' } },
    { path: '/plans/:planId/actions/:actionId/suivi', name: 'action-follow-up', component: () => import('./pages/ActionFollowUpPage.vue'), meta: { titleKey: 'followUp.title' } },
    { path: '/plans/:planId/chronologie', name: 'plan-timeline', component: () => import('./pages/PlanTimelinePage.vue'), meta: { titleKey: 'timeline.title' } },
    { path: '/plans/:planId/budget', name: 'plan-budget', component: () => import('./pages/PlanBudgetPage.vue'), meta: { titleKey: 'budget.title' } },
    { path: '/plans/:planId/import', name: 'plan-import', component: () => import('./pages/ImportPage.vue'), meta: { titleKey: 'csvImport.title' } },
    { path: '/plans/:planId/instances', name: 'bodies', component: () => import('./pages/BodiesPage.vue'), meta: { titleKey: 'bodies.title' } },
    { path: '/reunions', name: 'meetings', component: () => import('./pages/MeetingsPage.vue'), meta: { titleKey: 'meetings.title' } },
    { path: '/reunions/:meetingId/salle', name: 'meeting-room', component: () => import('./pages/MeetingRoomPage.vue'), meta: { titleKey: 'room.title' } },
    { path: '/reunions/:meetingId/projection', name: 'meeting-projector', component: () => import('./pages/ProjectorPage.vue'), meta: { titleKey: 'projector.title', bare: true } },
    { path: '/reunions/:meetingId', name: 'meeting', component: () => import('./pages/MeetingPage.vue'), meta: { titleKey: 'meeting.title' } },
    { path: '/decisions', name: 'decisions', component: () => import('./pages/DecisionsPage.vue'), meta: { titleKey: 'decisions.registerTitle' } },
    { path: '/engagements', name: 'commitments', component: () => import('./pages/CommitmentsPage.vue'), meta: { titleKey: 'commitments.dashboardTitle' } },
    { path: '/engagements/liste', name: 'commitment-ledger', component: () => import('./pages/CommitmentLedgerPage.vue'), meta: { titleKey: 'commitments.ledgerTitle' } },
    { path: '/engagements/:commitmentId', name: 'commitment', component: () => import('./pages/CommitmentPage.vue'), meta: { titleKey: 'commitment.title' } },
    { path: '/plans/:planId/point-annuel/:year?', name: 'yearly-review', component: () => import('./pages/YearlyReviewPage.vue'), meta: { titleKey: 'yearlyReview.title' } },
    { path: '/point-annuel/comptes-rendus/:reportId', name: 'partner-report', component: () => import('./pages/PartnerReportPage.vue'), meta: { titleKey: 'yearlyReview.title' } },
    { path: '/admin/personnes', name: 'people', component: () => import('./pages/PeopleAdminPage.vue'), meta: { titleKey: 'people.title', adminOnly: true } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

async function currentPerson() {
  try {
    const { data } = await apolloClient.query({ query: CurrentPersonQuery });
    return data.me;
  } catch (error) {
    // Server unreachable: let the page load and show its own error rather than a sign-in form.
    if (errorCode(error) === 'NETWORK') return undefined;
    throw error;
  }
}

router.beforeEach(async (to) => {
  const me = await currentPerson();
  if (to.name === 'sign-in' && me) return safeRedirect(to.query.redirect);
  if (to.meta.public) return true;
  if (me === null) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (to.meta.adminOnly && me && !me.isAdmin) return { name: 'home' };
  return true;
});

/** Moves focus to the new page's heading, so keyboard and screen-reader users start there. */
function focusPageHeading(to: RouteLocationNormalized, from: RouteLocationNormalized) {
  // Not on first load (the reader starts at the top) nor when only the query changes (paging).
  if (from.matched.length === 0 || to.path === from.path) return;
  void nextTick(() => {
    // The page component may load lazily: wait a frame for its heading.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  });
}

router.afterEach((to, from, failure) => {
  if (!failure) focusPageHeading(to, from);
});
