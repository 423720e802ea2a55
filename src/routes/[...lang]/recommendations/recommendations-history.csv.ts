import { trackerDownload } from './_downloads';
import { historyCsv } from '../../../monitoring/tracker';

/** /recommendations/recommendations-history.csv: every status change, one row each. */
export const { getStaticPaths, GET } = trackerDownload(historyCsv, 'text/csv; charset=utf-8');
