'use strict';
/* Texts of time controls, chart and layout (issue #15), in the four languages. */
I18N.add({
  en: {},
  es: {},
  zh: {},
  hu: {}
});
