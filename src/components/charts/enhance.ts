/**
 * The optional enhancements of figures, as one script for any page that shows one (a chart, a
 * project's indicators, a scorecard's "Embed"): each does nothing where its markup is absent. One
 * script rather than three keeps a page to one inline script and one hash in its policy.
 */
import './chart-keys';
import './chart-png';
import './embed-copy';
