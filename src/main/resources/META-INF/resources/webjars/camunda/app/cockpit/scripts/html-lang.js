/*
 * thi-dua custom script (config.js `customScripts`), see docs/webapps.md "Texts Camunda hard-codes".
 * Marks the page with the language the webapp shows — its own rule: the browser's first language, region
 * ignored, when it is one of config.js's availableLocales, else the fallback — so that user-styles.css can
 * replace the few texts Camunda writes in English in its templates instead of its locale files.
 */
const available = ['vi', 'en'];
const first = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en')
  .split('-')[0].toLowerCase();
document.documentElement.lang = available.includes(first) ? first : 'en';
