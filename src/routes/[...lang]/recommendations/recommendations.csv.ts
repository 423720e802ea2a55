import { trackerDownload } from './_downloads';
import { trackerCsv } from '../../../monitoring/tracker';

/** /recommendations/recommendations.csv: the tracker, one row per recommendation, every text as written. */
export const { getStaticPaths, GET } = trackerDownload((recommendations) => trackerCsv(recommendations), 'text/csv; charset=utf-8');
