import type { Wordings } from './types';

/** The words around the messages: labels and totals printed by `npm run check` and the build. */
export const REPORT_WORDINGS = {
  'report.hint': { en: 'hint', bg: 'съвет' },
  'report.warningLabel': { en: 'warning', bg: 'предупреждение' },
  'report.ok': { en: 'No problems found.', bg: 'Няма открити проблеми.' },
  'report.summary': { en: '{errors} error(s), {warnings} warning(s).', bg: 'Грешки: {errors}, предупреждения: {warnings}.' },
  'report.failed': { en: 'The content has mistakes; the site cannot be built until they are fixed.', bg: 'В съдържанието има грешки; сайтът не може да се изгради, докато не бъдат поправени.' },
  'report.buildStopped': { en: 'The content has mistakes; nothing was built.', bg: 'В съдържанието има грешки; нищо не е изградено.' },
} as const satisfies Wordings;
