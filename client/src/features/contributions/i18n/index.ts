import { i18n } from '@/i18n';
import en from './en.json';
import fr from './fr.json';

// The texts of what a retained contribution becomes and of putting an amendment to the vote,
// merged into the app's messages when a feed is first shown.
i18n.global.mergeLocaleMessage('fr', fr as never);
i18n.global.mergeLocaleMessage('en', en as never);
