'use strict';
/* Texts of the customer lists behind every chart (issue #15, explore), in the four languages. */
I18N.add({
  en: {},
  es: {},
  zh: {},
  hu: {}
});
