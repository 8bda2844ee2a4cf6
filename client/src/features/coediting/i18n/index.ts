import { i18n } from '@/i18n';
import en from './en.json';
import fr from './fr.json';

// The co-editing texts, merged into the app's messages when the feature is first used.
i18n.global.mergeLocaleMessage('fr', fr as never);
i18n.global.mergeLocaleMessage('en', en as never);
