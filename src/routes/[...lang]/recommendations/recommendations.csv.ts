import { trackerDownload } from './_downloads';
import { trackerCsv } from '../../../monitoring/tracker';

/** /recommendations/recommendations.csv: the tracker, one row per recommendation. */
export const { getStaticPaths, GET } = trackerDownload(trackerCsv, 'text/csv; charset=utf-8');
