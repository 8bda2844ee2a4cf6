import { onUnmounted, ref, toValue, watchEffect, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

const pageTitle = ref<string | null>(null);

/** Lets a page name itself in `<title>` with its data (a plan's title rather than "Plan"). */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>) {
  watchEffect(() => {
    pageTitle.value = toValue(title) || null;
  });
  onUnmounted(() => {
    pageTitle.value = null;
  });
}

/** Keeps `document.title` up to date: the page's own title, else the route's, then "Trame". */
export function useDocumentTitle() {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const key = route.meta.titleKey;
    const title = pageTitle.value ?? (key ? t(key) : null);
    document.title = title ? `${title} — Trame` : 'Trame';
  });
}
