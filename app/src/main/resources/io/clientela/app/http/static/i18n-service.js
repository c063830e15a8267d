'use strict';
/* Texts of the demo's service story: outbox (issue #15), in the four languages. */
I18N.add({
  en: {},
  es: {},
  zh: {},
  hu: {}
});
