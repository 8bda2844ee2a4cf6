import { useI18n } from 'vue-i18n';
import { errorMessage } from '@/lib/errors';

/** Turns any error into a sentence in the interface language (server messages are kept). */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: unknown) => errorMessage(error, { network: t('errors.network'), unknown: t('errors.unknown') });
}
