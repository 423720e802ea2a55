/**
 * html-validate settings for the built site (tests/build/quality.test.ts validates every page of
 * dist/ with them): the recommended rules plus the accessibility rules, zero errors allowed.
 * Each rule switched off says why; never switch one off to hide a real error.
 */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // An SEO length hint, not validity: publication titles are the editors' words plus the site
    // name ("Доклад от проучването… – Граждански монитор"), and cutting them would hurt readers.
    'long-title': 'off',
  },
};
