'use strict';
/* Texts of Customer 360 and the comment explorer (issue #15), in the four languages. */
I18N.add({
  en: {},
  es: {},
  zh: {},
  hu: {}
});
